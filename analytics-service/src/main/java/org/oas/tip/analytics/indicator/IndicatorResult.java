package org.oas.tip.analytics.indicator;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The value of one indicator on one snapshot, with its buckets for drill-down; {@code stats} is null when not numeric. */
public record IndicatorResult(
        String code,
        String cycle,
        Instant snapshotTakenAt,
        Integer value,
        Integer numerator,
        Integer denominator,
        Double percentage,
        List<Bucket> buckets,
        Stats stats,
        List<String> notes) {

    public IndicatorResult {
        buckets = List.copyOf(buckets);
        notes = List.copyOf(notes);
    }

    /** The bucket with this key, if the result has one. */
    public Optional<Bucket> bucket(String key) {
        return buckets.stream().filter(b -> b.key().equals(key)).findFirst();
    }
}
