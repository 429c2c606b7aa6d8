package org.oas.tip.registry.instrument;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A national policy or plan (section B.2); its period is the instrument's yearStart..yearEnd. */
@Embeddable
public class PlanAttributes {

    /** The forms a plan takes. */
    public enum PlanType { PLAN_OF_ACTION, STRATEGY, PROGRAM, ROADMAP }

    @Enumerated(EnumType.STRING)
    public PlanType planType;
    /** The plan that replaced this one, when the registry holds it. */
    public Long successorId;
    public Boolean genderPerspective;
}
