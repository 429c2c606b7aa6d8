package org.oas.tip.registry.mapping;

/** The history's "after" of a detachment: the record is gone from the cycle, and why. */
public record CycleDetachment(long instrumentId, String cycle, boolean detached, String reason) {
}
