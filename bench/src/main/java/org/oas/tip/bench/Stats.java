package org.oas.tip.bench;

import java.util.Arrays;
import java.util.List;

/** Nearest-rank percentiles of timings taken in nanoseconds, given in milliseconds. */
public final class Stats {

    private Stats() {
    }

    /** The nearest-rank percentile of every value, in ms; 100 is the maximum. NaN when there are none. */
    public static double ms(long[] nanos, double percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    /** As {@link #ms}, leaving out the values below zero: the runs in which that time could not be taken (-1). */
    public static double measuredMs(long[] nanos, double percentile) {
        return ms(Arrays.stream(nanos).filter(x -> x >= 0).toArray(), percentile);
    }

    public static double ms(long nanos) {
        return nanos / 1e6;
    }

    public static long[] array(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).toArray();
    }

    public static long[] concat(List<long[]> parts) {
        return parts.stream().flatMapToLong(Arrays::stream).toArray();
    }
}
