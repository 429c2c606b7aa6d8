package org.oas.tip.analytics.indicator;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Mean, mode(s) and extremes of a numeric indicator, with the countries at the minimum and the maximum. Modes and extremes
 * are observed values (years, counts), so JSON gives them as integers when they are whole; the mean keeps its decimals.
 */
public record Stats(int n, Double mean, @JsonSerialize(contentUsing = WholeNumber.class) List<Double> modes,
                    @JsonSerialize(using = WholeNumber.class) Double min, @JsonSerialize(using = WholeNumber.class) Double max,
                    List<String> minCountries, List<String> maxCountries) {

    public Stats {
        modes = List.copyOf(modes);
        minCountries = List.copyOf(minCountries);
        maxCountries = List.copyOf(maxCountries);
    }

    /** One number observed for one country (a country may give several, e.g. one per plan). */
    public record Observation(String country, double value) {
    }

    /**
     * The statistics of the observations, or null when there are none: the mean to two decimals, and as modes every value
     * seen most often, none when no value is seen twice (a mode of single observations says nothing).
     */
    public static Stats of(Collection<Observation> observations) {
        if (observations.isEmpty()) {
            return null;
        }
        Map<Double, Integer> frequency = new TreeMap<>();
        double sum = 0;
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (Observation o : observations) {
            frequency.merge(o.value(), 1, Integer::sum);
            sum += o.value();
            min = Math.min(min, o.value());
            max = Math.max(max, o.value());
        }
        int top = frequency.values().stream().max(Integer::compare).orElse(0);
        List<Double> modes = top < 2 ? List.of()
                : frequency.entrySet().stream().filter(e -> e.getValue() == top).map(Map.Entry::getKey).toList();
        double mean = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(observations.size()), 2, RoundingMode.HALF_UP)
                .doubleValue();
        return new Stats(observations.size(), mean, modes, min, max, countriesAt(observations, min),
                countriesAt(observations, max));
    }

    private static List<String> countriesAt(Collection<Observation> observations, double value) {
        TreeSet<String> countries = new TreeSet<>();
        observations.stream().filter(o -> o.value() == value).forEach(o -> countries.add(o.country()));
        return List.copyOf(countries);
    }
}
