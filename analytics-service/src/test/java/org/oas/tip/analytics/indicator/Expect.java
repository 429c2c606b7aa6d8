package org.oas.tip.analytics.indicator;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Assertions on indicator results: the headline numbers, and each bucket's count, countries and ids. */
final class Expect {

    private Expect() {
    }

    static IndicatorResult compute(String code, Snapshot snapshot) {
        return new Engine().compute(code, snapshot);
    }

    /** Value, numerator, denominator and percentage. */
    static void headline(IndicatorResult r, Integer value, Integer numerator, Integer denominator, Double percentage) {
        assertEquals(value, r.value(), r.code() + " value");
        assertEquals(numerator, r.numerator(), r.code() + " numerator");
        assertEquals(denominator, r.denominator(), r.code() + " denominator");
        assertEquals(percentage, r.percentage(), r.code() + " percentage");
    }

    /** The bucket keys, in order. */
    static void keys(IndicatorResult r, String... keys) {
        assertEquals(List.of(keys), r.buckets().stream().map(Bucket::key).toList(), r.code() + " bucket keys");
    }

    /** A bucket's count and its countries. */
    static Bucket bucket(IndicatorResult r, String key, int count, String... countries) {
        Bucket b = r.bucket(key).orElseThrow(() -> new AssertionError(r.code() + " has no bucket " + key));
        assertEquals(count, b.count(), r.code() + " " + key + " count");
        assertEquals(List.of(countries), b.countries(), r.code() + " " + key + " countries");
        return b;
    }

    /** A bucket's instrument and coded-answer ids. */
    static void ids(IndicatorResult r, String key, List<Long> recordIds, List<Long> answerIds) {
        Bucket b = r.bucket(key).orElseThrow();
        assertEquals(recordIds, b.recordIds(), r.code() + " " + key + " record ids");
        assertEquals(answerIds, b.answerIds(), r.code() + " " + key + " answer ids");
    }

    /** A bucket's share of the denominator. */
    static void percentage(IndicatorResult r, String key, Double percentage) {
        assertEquals(percentage, r.bucket(key).orElseThrow().percentage(), r.code() + " " + key + " percentage");
    }

    static void stats(IndicatorResult r, int n, Double mean, List<Double> modes, Double min, List<String> minCountries,
                      Double max, List<String> maxCountries) {
        Stats s = r.stats();
        assertEquals(n, s.n(), r.code() + " n");
        assertEquals(mean, s.mean(), r.code() + " mean");
        assertEquals(modes, s.modes(), r.code() + " modes");
        assertEquals(min, s.min(), r.code() + " min");
        assertEquals(minCountries, s.minCountries(), r.code() + " min countries");
        assertEquals(max, s.max(), r.code() + " max");
        assertEquals(maxCountries, s.maxCountries(), r.code() + " max countries");
    }
}
