package org.oas.tip.questionnaire;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A reporting round: the questionnaire goes out on {@code opensOn} and answers are due by {@code deadline}. */
@Entity
public class ReportingCycle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;
    public String title;
    public LocalDate opensOn;
    public LocalDate deadline;
    /** The one date "in force" and durations are read at; the registry holds this cycle's versions valid from it. */
    public LocalDate referenceDate;
    /** When the secretariat closed the cycle to further answers; null while open. */
    public OffsetDateTime closedAt;

    /** The questionnaire version this cycle asks. */
    public Long questionnaireId;

    @Version
    public int version;
}
