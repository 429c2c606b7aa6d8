package org.oas.tip.analytics.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Holds computed results against the figures a report prints, to list where data and print disagree. */
public final class ReferenceCheck {

    private ReferenceCheck() {
    }

    /** Every figure of the reference, in its order, checked against the result of its indicator. */
    public static List<FigureCheck> check(List<IndicatorResult> results, ReferenceSet reference) {
        Map<String, IndicatorResult> byCode = results.stream()
                .collect(Collectors.toMap(IndicatorResult::code, Function.identity(), (a, b) -> a));
        List<FigureCheck> checks = new ArrayList<>();
        for (PrintedFigure f : reference.figures()) {
            checks.add(check(byCode.get(f.code()), f));
        }
        return checks;
    }

    /** Only the figures where data and print disagree. */
    public static List<FigureCheck> disagreements(List<IndicatorResult> results, ReferenceSet reference) {
        return check(results, reference).stream().filter(c -> !c.agrees()).toList();
    }

    /** The number must agree and, where the report names countries, the data must place exactly those. */
    static FigureCheck check(IndicatorResult r, PrintedFigure f) {
        if (r == null) {
            return new FigureCheck(f, null, f.countries(), List.of(), false);
        }
        BigDecimal computed = computed(r, f);
        boolean numberAgrees = computed != null && (f.measure() == PrintedFigure.Measure.MODE
                ? r.stats().modes().stream().anyMatch(m -> same(BigDecimal.valueOf(m), f))
                : same(computed, f));
        List<String> missing = List.of();
        List<String> extra = List.of();
        if (!f.countries().isEmpty()) {
            Set<String> data = countries(r, f);
            missing = f.countries().stream().filter(c -> !data.contains(c)).sorted().toList();
            extra = data.stream().filter(c -> !f.countries().contains(c)).toList();
        }
        return new FigureCheck(f, computed, missing, extra, numberAgrees && missing.isEmpty() && extra.isEmpty());
    }

    /** Equal at the printed precision (3.43 years is the printed 3.4), or at least as large for "at least". */
    private static boolean same(BigDecimal computed, PrintedFigure f) {
        if (f.comparison() == PrintedFigure.Comparison.AT_LEAST) {
            return computed.compareTo(f.printed()) >= 0;
        }
        int scale = Math.max(f.printed().scale(), 0);
        return computed.setScale(scale, RoundingMode.HALF_UP).compareTo(f.printed()) == 0;
    }

    private static BigDecimal computed(IndicatorResult r, PrintedFigure f) {
        Stats s = r.stats();
        return switch (f.measure()) {
            case VALUE -> decimal(r.value());
            case NUMERATOR -> decimal(r.numerator());
            case DENOMINATOR -> decimal(r.denominator());
            case PERCENTAGE -> r.percentage() == null ? null : BigDecimal.valueOf(r.percentage());
            case BUCKET -> bucketSum(r, f.bucket());
            case MEAN -> s == null ? null : BigDecimal.valueOf(s.mean());
            case MODE -> s == null || s.modes().isEmpty() ? null : BigDecimal.valueOf(s.modes().get(0));
            case MIN -> s == null ? null : BigDecimal.valueOf(s.min());
            case MAX -> s == null ? null : BigDecimal.valueOf(s.max());
        };
    }

    private static BigDecimal decimal(Integer value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    private static BigDecimal bucketSum(IndicatorResult r, String keys) {
        int sum = 0;
        for (String key : keys.split("\\+")) {
            var bucket = r.bucket(key);
            if (bucket.isEmpty()) {
                return null;
            }
            sum += bucket.get().count();
        }
        return BigDecimal.valueOf(sum);
    }

    private static Set<String> countries(IndicatorResult r, PrintedFigure f) {
        Set<String> countries = new TreeSet<>();
        switch (f.measure()) {
            case MIN -> countries.addAll(r.stats() == null ? List.of() : r.stats().minCountries());
            case MAX -> countries.addAll(r.stats() == null ? List.of() : r.stats().maxCountries());
            default -> {
                for (String key : f.bucket() == null ? new String[0] : f.bucket().split("\\+")) {
                    r.bucket(key).ifPresent(b -> countries.addAll(b.countries()));
                }
            }
        }
        return countries;
    }
}
