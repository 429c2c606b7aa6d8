package org.oas.tip.analytics.indicator;

/** Computes one indicator from the part of a snapshot its definition declares. */
@FunctionalInterface
interface Calculator {
    Outcome compute(SnapshotData data);
}
