package org.oas.tip.analytics.sdg;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;

/**
 * One SDG 16.2.2 value: the detected victims of one country (or of the region) in one year for one cell of sex, age and
 * form of exploitation, with its rate per 100,000 population.
 *
 * <p>{@code sex}, {@code age} use the SDG SDMX codes (F, M, _O, _U, _T; Y0T17, Y_GE18, _U, _T); {@code exploitation} keeps
 * the questionnaire's code, or _T for all forms, and {@code series} is the SDG series it falls under. {@code count} and
 * {@code ratePer100k} are boxed because suppression publishes them as null; {@code population} is the secretariat's
 * figure the rate is taken over (null when there is none), so a reader can tell a hidden rate from a missing one.
 * {@code entries} are the positions in the country's repeating group that add up to the count (empty for the region);
 * {@code comment} says what a regional value covers.
 */
public record Observation(
        String series,
        String country,
        int year,
        String sex,
        String age,
        String exploitation,
        Long count,
        String countNature,
        Double ratePer100k,
        String rateNature,
        Long population,
        boolean suppressed,
        List<Integer> entries,
        String comment) {

    public Observation {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    /** The same observation with count and rate hidden for publication. */
    public Observation hidden() {
        return new Observation(series, country, year, sex, age, exploitation, null, countNature, null, rateNature,
                population, true, entries, comment);
    }

    /** True for the three-way total of a country or of the region. */
    @JsonIgnore
    public boolean isGrandTotal() {
        return SdgCodes.TOTAL.equals(sex) && SdgCodes.TOTAL.equals(age) && SdgCodes.TOTAL.equals(exploitation);
    }
}
