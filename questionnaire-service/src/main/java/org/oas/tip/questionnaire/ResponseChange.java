package org.oas.tip.questionnaire;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;

/** One change of a response: one answer saved (before/after), or a status change, with who made it. */
@Entity
public class ResponseChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long assignmentId;
    public OffsetDateTime changedAt;
    public String subject;
    public String client;
    @Column(columnDefinition = "bpchar", length = 3)
    public String actorCountry;
    /** SAVED, SUBMITTED, ACCEPTED, IMPORTED, STATUS, AMENDED (the secretariat corrected accepted answers), REOPENED or RESOLVED. */
    public String action;
    public String linkId;
    public String pointer;
    @JdbcTypeCode(SqlTypes.JSON)
    public String before;
    @JdbcTypeCode(SqlTypes.JSON)
    public String after;
    /** Why, for an amendment, a reopening or a conflict resolution. */
    public String reason;
}
