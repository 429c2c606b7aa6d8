package org.oas.tip.registry.instrument;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A national information system on trafficking in persons (section F). */
@Embeddable
public class SystemAttributes {

    /** Whether one institution or several hold the data. */
    public enum Design { CENTRALIZED, DECENTRALIZED }

    /** Model 1 to 4 as section F defines them. */
    public Integer systemModel;
    @Enumerated(EnumType.STRING)
    public Design systemDesign;
    public String systemSources;
    public Boolean publicAccess;
    public Boolean publicReports;
}
