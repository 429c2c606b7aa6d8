package org.oas.tip.registry.service;

import org.oas.tip.registry.Instrument;
import org.oas.tip.registry.InstrumentKind;
import org.oas.tip.registry.InstrumentStatus;

/** A plan's successor is another plan or national policy of the same country, in the registry and not withdrawn. */
public final class SuccessorRule {

    public static final String FIELD = "plan.successorId";
    public static final String MESSAGE = "must be a plan or policy of the same country, other than itself";

    private SuccessorRule() {
    }

    /** Why {@code successor} cannot follow an instrument of {@code country} with id {@code selfId}, or null if it can. */
    public static String problem(Long selfId, String country, Long successorId, Instrument successor) {
        if (successorId == null) {
            return null;
        }
        if (successorId.equals(selfId)) {
            return MESSAGE + " (it names itself)";
        }
        if (successor == null || successor.status == InstrumentStatus.WITHDRAWN) {
            return MESSAGE + " (" + successorId + " is not in the registry)";
        }
        if (successor.kind != InstrumentKind.PLAN && successor.kind != InstrumentKind.NATIONAL_POLICY) {
            return MESSAGE + " (" + successorId + " is a " + successor.kind + ")";
        }
        if (country != null && !successor.country.equalsIgnoreCase(country)) {
            return MESSAGE + " (" + successorId + " is of " + successor.country + ")";
        }
        return null;
    }
}
