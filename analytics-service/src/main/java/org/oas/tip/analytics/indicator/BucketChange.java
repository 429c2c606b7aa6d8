package org.oas.tip.analytics.indicator;

import java.util.List;

/** How one bucket moved between two cycles: its counts, and the countries that entered and left it. */
public record BucketChange(String key, String label, int countBefore, int countAfter, int change, List<String> countriesIn,
                           List<String> countriesOut) {

    public BucketChange {
        countriesIn = List.copyOf(countriesIn);
        countriesOut = List.copyOf(countriesOut);
    }

    public boolean changed() {
        return change != 0 || !countriesIn.isEmpty() || !countriesOut.isEmpty();
    }
}
