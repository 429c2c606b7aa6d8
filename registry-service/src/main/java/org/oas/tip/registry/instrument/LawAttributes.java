package org.oas.tip.registry.instrument;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** How trafficking entered a country's legal order (section D.1); the year is the instrument's yearStart. */
@Embeddable
public class LawAttributes {

    /** The three legal paths the report distinguishes. */
    public enum LegalPath { CRIMINAL_CODE, AMENDING_LAW, COMPREHENSIVE_LAW }

    @Enumerated(EnumType.STRING)
    public LegalPath legalPath;
    public String lawNumber;
    public String amendments;
}
