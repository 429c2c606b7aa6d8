package org.oas.tip.analytics.indicator;

import java.util.List;

/** How one indicator moved between two results; a side is null when that result does not have the indicator. */
public record IndicatorChange(String code, Integer valueBefore, Integer valueAfter, Integer valueChange,
                              Double percentageBefore, Double percentageAfter, List<BucketChange> buckets) {

    public IndicatorChange {
        buckets = List.copyOf(buckets);
    }

    public boolean changed() {
        return valueChange == null || valueChange != 0 || buckets.stream().anyMatch(BucketChange::changed);
    }
}
