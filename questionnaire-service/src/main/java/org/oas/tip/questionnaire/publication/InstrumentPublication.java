package org.oas.tip.questionnaire.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;

/**
 * A row of the per-instrument outbox that accepted responses used before issue 9 (one registry PUT per instrument).
 * Nothing is queued there any more: its rows stay readable ({@code GET /publications/legacy}), and the undelivered
 * ones of an assignment become SUPERSEDED when its response is republished in bulk.
 */
@Entity
@Table(name = "publication_outbox")
public class InstrumentPublication {

    /** As it was left; SUPERSEDED once its response was republished in bulk. */
    @Schema(name = "InstrumentPublicationStatus")
    public enum Status { PENDING, DELIVERED, FAILED, SUPERSEDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long assignmentId;
    public String cycle;

    @Column(columnDefinition = "bpchar", length = 3)
    public String country;

    /** The linkId of the questionnaire group the instrument was answered in. */
    public String question;
    /** Its index in a repeating group; 0 for a group that does not repeat. */
    public int position;

    @JdbcTypeCode(SqlTypes.JSON)
    public String payload;

    public String successorTitle;
    public Long successorId;

    @Enumerated(EnumType.STRING)
    public Status status;

    public int revision;
    public int attempts;
    public OffsetDateTime nextAttemptAt;
    public OffsetDateTime lastAttemptAt;
    public String lastError;
    public Long registryId;
    public OffsetDateTime createdAt;
    public OffsetDateTime enqueuedAt;
    public OffsetDateTime deliveredAt;
}
