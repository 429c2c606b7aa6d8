package org.oas.tip.analytics.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.IntFunction;

/** Numeric values per country (a count of institutions, of organizations), bucketed into ranges and summarized. */
final class Counts {

    /** One country's number and the answer (coded id or raw reference) or instrument it comes from. */
    record Count(int value, Long instrumentId, Long answerId, String answerRef) {
    }

    private Counts() {
    }

    /** The integer answers of an item by country; if a country has several, the largest (they should not differ). */
    static Map<String, Count> ofAnswers(List<Answer> answers, Set<String> base) {
        Map<String, Count> counts = new TreeMap<>();
        for (Answer a : answers) {
            Integer v = Values.integer(a.value());
            if (v != null && base.contains(a.country())) {
                counts.merge(a.country(), new Count(v, null, a.id(), a.ref()), Counts::larger);
            }
        }
        return counts;
    }

    /** An integer field of instruments by country; the largest when a country holds several. */
    static Map<String, Count> ofInstruments(List<InstrumentRecord> instruments, Function<InstrumentRecord, Integer> field,
                                           Set<String> base) {
        Map<String, Count> counts = new TreeMap<>();
        for (InstrumentRecord i : instruments) {
            Integer v = field.apply(i);
            if (v != null && base.contains(i.country())) {
                counts.merge(i.country(), new Count(v, i.id(), null, null), Counts::larger);
            }
        }
        return counts;
    }

    private static Count larger(Count x, Count y) {
        return x.value() >= y.value() ? x : y;
    }

    /** Countries by range of their number, the countries of {@code base} without one last, with the statistics. */
    static Outcome ranges(Map<String, Count> counts, Set<String> base, Map<String, String> ranges, IntFunction<String> range,
                          String missingKey, String missingLabel) {
        return ranges(counts, base, ranges, range, missingKey, missingLabel, new CountryFacts());
    }

    /** Like the above; the last bucket lists what {@code behind} holds of its countries (why they are in the base). */
    static Outcome ranges(Map<String, Count> counts, Set<String> base, Map<String, String> ranges, IntFunction<String> range,
                          String missingKey, String missingLabel, CountryFacts behind) {
        Tally tally = Tally.ofCountries(ranges);
        List<Stats.Observation> observations = new ArrayList<>();
        counts.forEach((country, c) -> {
            tally.add(range.apply(c.value()), country, c.instrumentId(), c.answerId(), c.answerRef());
            observations.add(new Stats.Observation(country, c.value()));
        });
        tally.missing(missingKey, missingLabel, base, counts.keySet(), behind);
        return new Outcome(counts.size(), counts.size(), base.size(), tally.buckets(base.size()), Stats.of(observations),
                List.of());
    }
}
