package org.oas.tip.analytics.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a calculator returns; the engine adds the code, the cycle, the snapshot time and the percentage. */
record Outcome(Integer value, Integer numerator, Integer denominator, List<Bucket> buckets, Stats stats, List<String> notes) {

    static final String NO_DATA = "NO_DATA";

    Outcome {
        notes = List.copyOf(notes);
    }

    /** The same outcome with one more note. */
    Outcome note(String note) {
        List<String> more = new ArrayList<>(notes);
        more.add(note);
        return new Outcome(value, numerator, denominator, buckets, stats, more);
    }

    Outcome stats(Stats stats) {
        return new Outcome(value, numerator, denominator, buckets, stats, notes);
    }

    /**
     * Countries of {@code base} by category, with a last bucket for those without data (none when the label is null);
     * value and numerator are the countries with data.
     */
    static Outcome distribution(Set<String> base, Map<String, String> categories, CountryFacts facts, String noDataLabel) {
        CountryFacts known = facts.within(base);
        int n = known.countries().size();
        Tally tally = Tally.ofCountries(categories).addAll(known);
        if (noDataLabel != null) {
            tally.missing(NO_DATA, noDataLabel, base, known.countries());
        }
        List<Bucket> buckets = tally.buckets(base.size());
        return new Outcome(n, n, base.size(), buckets, null, List.of());
    }

    /** Like {@link #distribution}, but value and numerator are the countries in the {@code headline} category. */
    static Outcome share(Set<String> base, Map<String, String> categories, CountryFacts facts, String noDataLabel,
                         String headline) {
        Outcome all = distribution(base, categories, facts, noDataLabel);
        int n = facts.within(base).countriesWith(headline).size();
        return new Outcome(n, n, all.denominator(), all.buckets(), null, List.of());
    }

    /** Records by category: {@code counted} of {@code records} make the value and numerator. */
    static Outcome records(Tally tally, int records, int counted) {
        return new Outcome(counted, counted, records, tally.buckets(records), null, List.of());
    }
}
