package org.oas.tip.analytics.indicator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/** Computes the catalogue's indicators on a snapshot, in the catalogue's order. */
public final class Engine {

    // the snapshot is grouped once (instruments by kind, answers by item) and each indicator reads only its groups, so
    // the work grows linearly with the data

    /** How the note naming the non-respondents whose rows were left out begins. */
    public static final String LEFT_OUT_NOTE = "Rows of countries that are not respondents were left out";

    private final Catalogue catalogue;
    private final Map<String, Calculator> calculators = new HashMap<>();

    public Engine() {
        this(Catalogue.standard());
    }

    Engine(Catalogue catalogue) {
        this.catalogue = catalogue;
        calculators.putAll(SectionAIndicators.calculators());
        calculators.putAll(SectionBIndicators.calculators());
        calculators.putAll(SectionCIndicators.calculators());
        calculators.putAll(SectionDIndicators.calculators());
        calculators.putAll(SectionEIndicators.calculators());
        calculators.putAll(SectionFIndicators.calculators());
        calculators.putAll(SectionGIndicators.calculators());
        for (IndicatorDefinition d : catalogue.all()) {
            if (!calculators.containsKey(d.code())) {
                throw new IllegalStateException("no computation for catalogue indicator " + d.code());
            }
        }
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    /** Every indicator of the catalogue, in its order. */
    public List<IndicatorResult> computeAll(Snapshot snapshot) {
        SnapshotData data = new SnapshotData(snapshot);
        List<IndicatorResult> results = new ArrayList<>();
        for (IndicatorDefinition d : catalogue.all()) {
            results.add(compute(d, data, snapshot));
        }
        return results;
    }

    /** One indicator; an unknown code is the caller's error. */
    public IndicatorResult compute(String code, Snapshot snapshot) {
        IndicatorDefinition d = catalogue.find(code)
                .orElseThrow(() -> new IllegalArgumentException("unknown indicator " + code));
        return compute(d, new SnapshotData(snapshot), snapshot);
    }

    private IndicatorResult compute(IndicatorDefinition d, SnapshotData data, Snapshot snapshot) {
        Outcome o = calculators.get(d.code()).compute(data.restrictedTo(d.sources()));
        List<String> notes = new ArrayList<>(o.notes());
        Map<String, SortedSet<String>> leftOut = data.leftOut(d.sources());
        if (!leftOut.isEmpty()) {
            List<String> parts = new ArrayList<>();
            leftOut.forEach((source, countries) -> parts.add(source + ": " + String.join(", ", countries)));
            notes.add(LEFT_OUT_NOTE + " (" + String.join("; ", parts) + ")");
        }
        return new IndicatorResult(d.code(), snapshot.cycle(), snapshot.takenAt(), o.value(), o.numerator(), o.denominator(),
                Percent.of(o.numerator(), o.denominator()), o.buckets(), o.stats(), notes);
    }
}
