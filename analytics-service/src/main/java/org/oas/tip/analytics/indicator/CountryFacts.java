package org.oas.tip.analytics.indicator;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** What is known of each country for one indicator: category keys, each with the instrument and answer ids behind it. */
final class CountryFacts {

    // sources are combined country by country through these maps, so no indicator rescans all rows for each country

    /** The ids behind one key of one country: instruments, coded answers, and raw answers by reference. */
    record Ids(TreeSet<Long> instruments, TreeSet<Long> answers, TreeSet<String> refs) {
        Ids() {
            this(new TreeSet<>(), new TreeSet<>(), new TreeSet<>());
        }

        void addAll(Ids other) {
            instruments.addAll(other.instruments);
            answers.addAll(other.answers);
            refs.addAll(other.refs);
        }
    }

    private final SortedMap<String, SortedMap<String, Ids>> data = new TreeMap<>();

    void add(String country, String key, Long instrumentId, Long answerId) {
        Ids ids = data.computeIfAbsent(country, c -> new TreeMap<>()).computeIfAbsent(key, k -> new Ids());
        if (instrumentId != null) {
            ids.instruments.add(instrumentId);
        }
        if (answerId != null) {
            ids.answers.add(answerId);
        }
    }

    void add(String country, String key, Answer answer) {
        add(country, key, null, answer.id());
        if (answer.ref() != null) {
            data.get(country).get(key).refs.add(answer.ref());
        }
    }

    private void add(String country, String key, Ids ids) {
        data.computeIfAbsent(country, c -> new TreeMap<>()).computeIfAbsent(key, k -> new Ids()).addAll(ids);
    }

    /** One key per answer from its value; answers whose value gives no key are skipped. */
    static CountryFacts fromAnswers(List<Answer> answers, Function<JsonNode, String> key) {
        CountryFacts facts = new CountryFacts();
        for (Answer a : answers) {
            String k = key.apply(a.value());
            if (k != null) {
                facts.add(a.country(), k, a);
            }
        }
        return facts;
    }

    /** One key per instrument; instruments that give no key are skipped. */
    static CountryFacts fromInstruments(List<InstrumentRecord> instruments, Function<InstrumentRecord, String> key) {
        return fromInstrumentsMulti(instruments, i -> {
            String k = key.apply(i);
            return k == null ? List.of() : List.of(k);
        });
    }

    /** Several keys per instrument (e.g. the features of a line). */
    static CountryFacts fromInstrumentsMulti(List<InstrumentRecord> instruments,
                                             Function<InstrumentRecord, Collection<String>> keys) {
        CountryFacts facts = new CountryFacts();
        for (InstrumentRecord i : instruments) {
            for (String k : keys.apply(i)) {
                if (k != null) {
                    facts.add(i.country(), k, i.id(), null);
                }
            }
        }
        return facts;
    }

    /** These facts where a country has any; the fallback's for the other countries. */
    CountryFacts orElse(CountryFacts fallback) {
        CountryFacts merged = copy();
        fallback.data.forEach((country, keys) -> {
            if (!data.containsKey(country)) {
                keys.forEach((k, ids) -> merged.add(country, k, ids));
            }
        });
        return merged;
    }

    /** The union of both, key by key. */
    CountryFacts and(CountryFacts other) {
        CountryFacts merged = copy();
        other.data.forEach((country, keys) -> keys.forEach((k, ids) -> merged.add(country, k, ids)));
        return merged;
    }

    /** Only the countries of {@code base}. */
    CountryFacts within(Set<String> base) {
        CountryFacts kept = new CountryFacts();
        data.forEach((country, keys) -> {
            if (base.contains(country)) {
                keys.forEach((k, ids) -> kept.add(country, k, ids));
            }
        });
        return kept;
    }

    /** Each country's keys reduced to one key by {@code rule} (null drops the country), with all its ids behind it. */
    CountryFacts classify(Function<Set<String>, String> rule) {
        CountryFacts classified = new CountryFacts();
        data.forEach((country, keys) -> {
            String k = rule.apply(keys.keySet());
            if (k != null) {
                keys.values().forEach(ids -> classified.add(country, k, ids));
            }
        });
        return classified;
    }

    /**
     * Where a country holds {@code key}, only that key with its own ids ("any body says yes" is a yes, backed by that
     * body); the other countries keep what they have.
     */
    CountryFacts preferring(String key) {
        CountryFacts kept = new CountryFacts();
        data.forEach((country, keys) -> keys.forEach((k, ids) -> {
            if (!keys.containsKey(key) || k.equals(key)) {
                kept.add(country, k, ids);
            }
        }));
        return kept;
    }

    /** The same facts under other keys (e.g. YES/NO as MIXED/UNIFORM). */
    CountryFacts renamed(Function<String, String> rename) {
        CountryFacts renamed = new CountryFacts();
        data.forEach((country, keys) -> keys.forEach((k, ids) -> renamed.add(country, rename.apply(k), ids)));
        return renamed;
    }

    /** The countries holding {@code key}. */
    Set<String> countriesWith(String key) {
        Set<String> countries = new TreeSet<>();
        data.forEach((country, keys) -> {
            if (keys.containsKey(key)) {
                countries.add(country);
            }
        });
        return countries;
    }

    Set<String> countries() {
        return data.keySet();
    }

    Set<String> keys(String country) {
        SortedMap<String, Ids> keys = data.get(country);
        return keys == null ? Set.of() : keys.keySet();
    }

    void forEach(BiConsumer<String, Map<String, Ids>> action) {
        data.forEach(action);
    }

    private CountryFacts copy() {
        CountryFacts copy = new CountryFacts();
        data.forEach((country, keys) -> keys.forEach((k, ids) -> copy.add(country, k, ids)));
        return copy;
    }
}
