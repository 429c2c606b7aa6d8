package org.oas.tip.analytics.indicator;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.util.List;

/**
 * A figure the published report prints for an indicator: which part of the result it is (the value, a bucket, the mean...),
 * the printed number, the countries the report names for it if any, and where it is printed.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PrintedFigure(
        String code,
        Measure measure,
        String bucket,
        BigDecimal printed,
        Comparison comparison,
        List<String> countries,
        String line,
        String place,
        String quote,
        String note) {

    /** The part of an indicator result a printed figure corresponds to; a bucket "A+B" is the sum of two buckets. */
    public enum Measure { VALUE, NUMERATOR, DENOMINATOR, PERCENTAGE, BUCKET, MEAN, MODE, MIN, MAX }

    /** "At least 20 countries" is satisfied by any larger count. */
    public enum Comparison { EQUAL, AT_LEAST }

    public PrintedFigure {
        comparison = comparison == null ? Comparison.EQUAL : comparison;
        countries = countries == null ? List.of() : List.copyOf(countries);
    }
}
