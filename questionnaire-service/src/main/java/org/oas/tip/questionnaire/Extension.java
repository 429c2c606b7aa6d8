package org.oas.tip.questionnaire;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A deadline extension granted to one country, with its reason. */
@Entity
public class Extension {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long assignmentId;
    public LocalDate newDeadline;
    public String reason;
    public String grantedBy;
    public OffsetDateTime grantedAt;
}
