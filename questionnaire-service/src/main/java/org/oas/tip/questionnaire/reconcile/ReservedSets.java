package org.oas.tip.questionnaire.reconcile;

import java.util.Set;

/** Kinds grouped by what the reconcile allows them. */
final class ReservedSets {

    /** The kinds a successor may be, and that may name one. */
    static final Set<String> SUCCEEDED = Set.of("PLAN", "NATIONAL_POLICY");

    private ReservedSets() {
    }
}
