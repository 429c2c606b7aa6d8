package org.oas.tip.analytics.repository;

import java.time.Instant;

/** A snapshot without its content, which can be megabytes: what lists and existence checks need. */
public record SnapshotSummary(Long id, String cycle, Instant takenAt, int instrumentCount, int answerCount,
                              int rawAnswerCount) {
}
