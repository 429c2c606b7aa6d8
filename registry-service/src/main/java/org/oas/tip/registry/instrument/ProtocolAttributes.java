package org.oas.tip.registry.instrument;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A standardized protocol for investigation (section D.4) or for victims (section E.3). */
@Embeddable
public class ProtocolAttributes {

    /** The protocol kinds the report distinguishes. */
    public enum ProtocolKind {
        CRIMINAL_INVESTIGATION, VICTIM_ASSISTANCE, DETECTION_RESPONSE, VICTIMIZATION_CERTIFICATION, RISK_ASSESSMENT,
        CONSULAR, LABOUR, SUPRANATIONAL
    }

    @Enumerated(EnumType.STRING)
    public ProtocolKind protocolKind;
    public String targetPopulation;
}
