package org.oas.tip.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Where an instrument's record comes from: the baseline report, an answer of a reporting cycle, or a direct entry. */
@Embeddable
public class Provenance {

    /** The kinds of source: the baseline report, a cycle's answer, the secretariat's or a focal point's direct entry. */
    public enum Source { REPORT_BASELINE, CYCLE_ANSWER, DESK_RESEARCH, COUNTRY_ENTRY }

    @Enumerated(EnumType.STRING)
    @Column(name = "provenance_source")
    public Source source;

    @Column(name = "provenance_cycle")
    public String cycle;

    @Column(name = "provenance_question")
    public String question;

    @Column(name = "provenance_position")
    public Integer position;

    @Column(name = "provenance_note")
    public String note;
}
