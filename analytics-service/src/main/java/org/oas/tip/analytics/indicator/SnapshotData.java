package org.oas.tip.analytics.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A snapshot grouped once, instruments by kind and answers by item, limited to the respondents: instruments sorted by id,
 * an item's coded answers by id, then the raw answers of the countries without a code on that item.
 */
final class SnapshotData {

    // an indicator gets a view that reads only the sources its definition declares, so the catalogue cannot claim one
    // source while the computation uses another

    private final Snapshot snapshot;
    private final SortedSet<String> respondents;
    private final Map<String, List<InstrumentRecord>> byKind;
    private final Map<String, List<Answer>> byItem;
    private final Map<String, SortedSet<String>> leftOut;
    private final Set<String> allowed;

    SnapshotData(Snapshot snapshot) {
        this.snapshot = snapshot;
        this.respondents = new TreeSet<>(snapshot.respondents());
        this.byKind = new HashMap<>();
        this.byItem = new HashMap<>();
        this.leftOut = new HashMap<>();
        this.allowed = null;
        for (InstrumentRecord i : snapshot.instruments()) {
            // a withdrawn record was reported in error: it never counts (the registry hides it from a cycle's read anyway)
            if (i.isWithdrawn()) {
                continue;
            }
            if (keep(i.country(), "registry " + i.kind())) {
                byKind.computeIfAbsent(i.kind(), k -> new ArrayList<>()).add(i);
            }
        }
        // an analyst's code on (country, item) overrides that country's raw answers of the item: one pass over each list
        Set<String> coded = new HashSet<>();
        for (CodedAnswerRecord a : snapshot.codedAnswers()) {
            if (keep(a.country(), "questionnaire " + a.linkId())) {
                byItem.computeIfAbsent(a.linkId(), k -> new ArrayList<>()).add(Answer.coded(a));
                coded.add(a.country() + '\n' + a.linkId());
            }
        }
        byKind.values().forEach(list -> list.sort(Comparator.comparingLong(InstrumentRecord::id)));
        byItem.values().forEach(list -> list.sort(Comparator.comparing(Answer::id)));
        Map<String, List<Answer>> raw = new HashMap<>();
        for (RawAnswerRecord a : snapshot.rawAnswers()) {
            if (!coded.contains(a.country() + '\n' + a.linkId()) && keep(a.country(), "questionnaire " + a.linkId())) {
                raw.computeIfAbsent(a.linkId(), k -> new ArrayList<>()).add(Answer.raw(a));
            }
        }
        // raw answers by reference, so that the result does not depend on the order of the snapshot's rows
        raw.forEach((item, answers) -> {
            answers.sort(Comparator.comparing(Answer::ref));
            byItem.computeIfAbsent(item, k -> new ArrayList<>()).addAll(answers);
        });
    }

    private SnapshotData(SnapshotData all, Set<String> allowed) {
        this.snapshot = all.snapshot;
        this.respondents = all.respondents;
        this.byKind = all.byKind;
        this.byItem = all.byItem;
        this.leftOut = all.leftOut;
        this.allowed = allowed;
    }

    /** Rows of non-respondents are left out (they would count in a numerator but not in the denominator) and noted. */
    private boolean keep(String country, String source) {
        if (country != null && respondents.contains(country)) {
            return true;
        }
        leftOut.computeIfAbsent(source, k -> new TreeSet<>()).add(String.valueOf(country));
        return false;
    }

    /** A view that reads only the declared sources ("registry: KIND ..." and "questionnaire: linkId"). */
    SnapshotData restrictedTo(List<String> sources) {
        return new SnapshotData(this, Set.copyOf(sources.stream().map(SnapshotData::sourceKey).toList()));
    }

    /** "registry: LAW law.legalPath" becomes "registry LAW"; "questionnaire: D.strategies" stays the item. */
    static String sourceKey(String source) {
        String[] parts = source.split(":", 2);
        String target = parts.length < 2 ? "" : parts[1].trim().split("\\s+")[0];
        return parts[0].trim() + " " + target;
    }

    List<InstrumentRecord> instruments(String kind) {
        check("registry " + kind);
        return byKind.getOrDefault(kind, List.of());
    }

    /** The item's answers: coded ones, and the raw ones of countries without a code on it. */
    List<Answer> answers(String linkId) {
        check("questionnaire " + linkId);
        return byItem.getOrDefault(linkId, List.of());
    }

    private void check(String source) {
        if (allowed != null && !allowed.contains(source)) {
            throw new IllegalStateException("source not declared in the catalogue: " + source);
        }
    }

    SortedSet<String> respondents() {
        return respondents;
    }


    /** The year "in force" and durations refer to: see {@link ReferenceDate}. */
    int referenceYear() {
        return ReferenceDate.of(snapshot).year();
    }

    /** The date "in force" is read at: the cycle's reference date, or without one the last day of the fallback year. */
    LocalDate referenceDate() {
        return ReferenceDate.of(snapshot).date();
    }

    /** Says where the reference year comes from, for the notes of the indicators that use it. */
    String referenceYearNote() {
        return ReferenceDate.of(snapshot).note(snapshot.cycle());
    }

    /** The countries whose rows of the declared sources were left out as non-respondents, by source. */
    Map<String, SortedSet<String>> leftOut(List<String> sources) {
        Map<String, SortedSet<String>> out = new TreeMap<>();
        for (String source : sources) {
            SortedSet<String> countries = leftOut.get(sourceKey(source));
            if (countries != null) {
                out.put(sourceKey(source), countries);
            }
        }
        return out;
    }
}
