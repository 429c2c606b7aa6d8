package org.oas.tip.analytics.indicator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;

/** Counts countries or records into buckets, with the countries and ids behind each. */
final class Tally {

    // declared categories always appear, in their order and even when empty, so a chart keeps its shape from one cycle to
    // the next; keys nobody declared follow in sorted order, and the "no data" bucket comes last

    private final boolean perRecord;
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final Map<String, Entry> entries = new HashMap<>();
    private final List<String> extra = new ArrayList<>();
    private final Map<String, String> trailing = new LinkedHashMap<>();

    private static final class Entry {
        final TreeSet<String> countries = new TreeSet<>();
        final TreeSet<Long> instruments = new TreeSet<>();
        final TreeSet<Long> answers = new TreeSet<>();
        final TreeSet<String> refs = new TreeSet<>();
    }

    private Tally(boolean perRecord, Map<String, String> categories) {
        this.perRecord = perRecord;
        labels.putAll(categories);
    }

    /** A tally whose count is the number of distinct countries in a bucket. */
    static Tally ofCountries(Map<String, String> categories) {
        return new Tally(false, categories);
    }

    /** A tally whose count is the number of distinct instruments in a bucket. */
    static Tally ofRecords(Map<String, String> categories) {
        return new Tally(true, categories);
    }

    /** Key/label pairs in the order given. */
    static Map<String, String> categories(String... keysAndLabels) {
        Map<String, String> categories = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndLabels.length; i += 2) {
            categories.put(keysAndLabels[i], keysAndLabels[i + 1]);
        }
        return categories;
    }

    /** Numeric keys in increasing order (a string sort would put 10 before 2), with their labels. */
    static Map<String, String> numbers(Collection<Integer> values, IntFunction<String> label) {
        Map<String, String> categories = new LinkedHashMap<>();
        new TreeSet<>(values).forEach(v -> categories.put(String.valueOf(v), label.apply(v)));
        return categories;
    }

    Tally add(String key, String country, Long instrumentId, Long answerId) {
        return add(key, country, instrumentId, answerId, null);
    }

    /** One country (and the instrument, coded answer or raw answer behind it) in a bucket. */
    Tally add(String key, String country, Long instrumentId, Long answerId, String answerRef) {
        Entry e = entries.computeIfAbsent(key, k -> new Entry());
        if (!labels.containsKey(key) && !trailing.containsKey(key) && !extra.contains(key)) {
            extra.add(key);
        }
        e.countries.add(country);
        if (instrumentId != null) {
            e.instruments.add(instrumentId);
        }
        if (answerId != null) {
            e.answers.add(answerId);
        }
        if (answerRef != null) {
            e.refs.add(answerRef);
        }
        return this;
    }

    Tally addAll(CountryFacts facts) {
        facts.forEach((country, keys) -> keys.forEach((key, ids) -> {
            add(key, country, null, null);
            entries.get(key).instruments.addAll(ids.instruments());
            entries.get(key).answers.addAll(ids.answers());
            entries.get(key).refs.addAll(ids.refs());
        }));
        return this;
    }

    /** A last bucket for the countries of {@code base} that are not in {@code present} (no answer, no instrument). */
    Tally missing(String key, String label, Collection<String> base, Set<String> present) {
        trailing.put(key, label);
        entries.computeIfAbsent(key, k -> new Entry());
        base.stream().filter(c -> !present.contains(c)).forEach(entries.get(key).countries::add);
        return this;
    }

    /**
     * Like {@link #missing(String, String, Collection, Set)}, with what {@code behind} holds of each of those countries
     * (e.g. the line that states no feature), so the bucket lists the records and answers it stands for.
     */
    Tally missing(String key, String label, Collection<String> base, Set<String> present, CountryFacts behind) {
        missing(key, label, base, present);
        Entry e = entries.get(key);
        behind.forEach((country, keys) -> {
            if (e.countries.contains(country)) {
                keys.values().forEach(ids -> {
                    e.instruments.addAll(ids.instruments());
                    e.answers.addAll(ids.answers());
                    e.refs.addAll(ids.refs());
                });
            }
        });
        return this;
    }

    /** The buckets, each with its share of {@code denominator}. */
    List<Bucket> buckets(Integer denominator) {
        List<String> keys = new ArrayList<>(labels.keySet());
        extra.stream().sorted().forEach(keys::add);
        keys.addAll(trailing.keySet());
        List<Bucket> buckets = new ArrayList<>();
        for (String key : keys) {
            Entry e = entries.getOrDefault(key, new Entry());
            int count = perRecord ? e.instruments.size() : e.countries.size();
            String label = labels.getOrDefault(key, trailing.getOrDefault(key, key));
            buckets.add(new Bucket(key, label, count, Percent.of(count, denominator),
                    List.copyOf(e.countries), List.copyOf(e.instruments), List.copyOf(e.answers),
                    List.copyOf(e.refs)));
        }
        return buckets;
    }
}
