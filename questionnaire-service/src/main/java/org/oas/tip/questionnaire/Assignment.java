package org.oas.tip.questionnaire;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** What one member state owes in one cycle: its status, its deadline, and its response document. */
@Entity
public class Assignment {

    /** NOT_STARTED → IN_PROGRESS → SUBMITTED → (CLARIFICATION_REQUESTED → SUBMITTED)* → ACCEPTED. */
    @Schema(name = "AssignmentStatus", description = "Where a response stands: NOT_STARTED, IN_PROGRESS, SUBMITTED, CLARIFICATION_REQUESTED (reopened by a question of the secretariat), ACCEPTED")
    public enum Status { NOT_STARTED, IN_PROGRESS, SUBMITTED, CLARIFICATION_REQUESTED, ACCEPTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long cycleId;

    @Column(columnDefinition = "bpchar", length = 3)
    public String country;

    @Enumerated(EnumType.STRING)
    public Status status = Status.NOT_STARTED;

    /** The cycle's deadline, or the country's extended one. */
    public LocalDate deadline;
    public OffsetDateTime submittedAt;
    /** Submitted after its deadline. */
    public boolean late;
    public OffsetDateTime acceptedAt;

    /** The answers, keyed by linkId (groups nest, repeating groups are arrays). */
    @JdbcTypeCode(SqlTypes.JSON)
    public String document = "{}";

    public OffsetDateTime updatedAt;

    @Version
    public int version;

    /** Whether the country may still change its answers. */
    public boolean isOpen() {
        return status == Status.NOT_STARTED || status == Status.IN_PROGRESS || status == Status.CLARIFICATION_REQUESTED;
    }
}
