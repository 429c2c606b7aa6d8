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
 * One accepted response (one revision of its publication) on its way to the registry as a single bulk reconcile: the
 * body, where its delivery stands, and the registry's answer per entry. The worker changes it only through the
 * repository's conditional updates.
 */
@Entity
@Table(name = "response_publication")
public class Publication {

    /**
     * PENDING until the registry answers (retried on transient errors), DELIVERED when every entry was applied, CONFLICT
     * when some entries were not (the secretariat resolves them), FAILED when the registry refused the body, SUPERSEDED
     * when a later revision of the same response replaced it before it was delivered.
     */
    @Schema(name = "PublicationStatus")
    public enum Status { PENDING, DELIVERED, CONFLICT, FAILED, SUPERSEDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long assignmentId;
    public String cycle;

    @Column(columnDefinition = "bpchar", length = 3)
    public String country;

    public int revision;
    public String publicationKey;
    public boolean amendment;
    public String reason;

    @JdbcTypeCode(SqlTypes.JSON)
    public String body;

    @Enumerated(EnumType.STRING)
    public Status status;

    public int attempts;
    public OffsetDateTime nextAttemptAt;
    public OffsetDateTime lastAttemptAt;
    public String lastError;

    @JdbcTypeCode(SqlTypes.JSON)
    public String violations;

    @JdbcTypeCode(SqlTypes.JSON)
    public String results;

    public OffsetDateTime createdAt;
    public OffsetDateTime deliveredAt;
    /** The X-Request-Id of the call that queued it; its deliveries carry it, so one id follows it into the registry. */
    public String requestId;
}
