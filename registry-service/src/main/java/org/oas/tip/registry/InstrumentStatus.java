package org.oas.tip.registry;

/** Where an instrument stands: in force, ended or repealed (on its status date), or withdrawn (recorded in error). */
public enum InstrumentStatus {
    IN_FORCE, ENDED, REPEALED, WITHDRAWN
}
