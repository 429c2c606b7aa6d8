package org.oas.tip.analytics.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percentages as the report prints them: one decimal, rounded half up. */
final class Percent {

    private Percent() {
    }

    /** {@code part} of {@code whole} in percent, or null when either is missing or the whole is zero. */
    static Double of(Integer part, Integer whole) {
        if (part == null || whole == null || whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP).doubleValue();
    }
}
