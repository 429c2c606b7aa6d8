package org.oas.tip.analytics.indicator;

import java.util.List;

/**
 * How one indicator moved between two results: value, share (percentage) and, for numeric indicators, the mean before
 * and after; a side is null when that result does not have the indicator (or the measure).
 */
public record IndicatorChange(String code, Integer valueBefore, Integer valueAfter, Integer valueChange,
                              Double percentageBefore, Double percentageAfter, List<BucketChange> buckets,
                              Double meanBefore, Double meanAfter) {

    public IndicatorChange {
        buckets = List.copyOf(buckets);
    }

    public boolean changed() {
        return valueChange == null || valueChange != 0 || buckets.stream().anyMatch(BucketChange::changed);
    }
}
