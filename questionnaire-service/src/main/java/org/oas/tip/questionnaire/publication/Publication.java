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
 * One instrument of an accepted response on its way to the registry: the body to send, keyed like the registry's
 * upsert (cycle, country, question, position), and where its delivery stands. The worker changes it only through the
 * repository's conditional updates, so this entity is read, never written, by the application.
 */
@Entity
@Table(name = "publication_outbox")
public class Publication {

    /** PENDING until the registry takes it (retried forever on transient errors), FAILED when it refuses the body. */
    @Schema(name = "PublicationStatus")
    public enum Status { PENDING, DELIVERED, FAILED }

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
