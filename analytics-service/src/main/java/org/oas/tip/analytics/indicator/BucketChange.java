package org.oas.tip.analytics.indicator;

import java.util.List;

/**
 * How one bucket moved between two cycles: its counts and shares (percentages of the denominator; null where the
 * indicator gives none, or on a side without the bucket), and the countries that entered and left it.
 */
public record BucketChange(String key, String label, int countBefore, int countAfter, int change, List<String> countriesIn,
                           List<String> countriesOut, Double percentageBefore, Double percentageAfter) {

    public BucketChange {
        countriesIn = List.copyOf(countriesIn);
        countriesOut = List.copyOf(countriesOut);
    }

    public boolean changed() {
        return change != 0 || !countriesIn.isEmpty() || !countriesOut.isEmpty();
    }
}
