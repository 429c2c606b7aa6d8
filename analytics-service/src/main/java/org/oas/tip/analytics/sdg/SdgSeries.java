package org.oas.tip.analytics.sdg;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.oas.tip.analytics.sdg.SdgCodes.TOTAL;

/**
 * SDG 16.2.2 at the level the global SDG structure knows: the forms of exploitation summed up to their series, one value
 * per country, year, series, sex and age; the form detail stays in the {@link Sdg1622} result.
 *
 * <p>The table is an {@link SdgResult} whose {@code exploitation} holds the series instead of a form: _T for VC_HTF_DETV
 * (the sum of the four other series, as the all-forms total is the sum of the forms), the series code for the others. So
 * {@link Suppression} protects it as it protects the form table: VC_HTF_DETV = SX + FL + OG + OP in every published sex x
 * age cell, and the sex and age margins within each series. The regional total is left out: it has no area code of the
 * SDG area list (the OAS is no UN region).
 *
 * <p>Published, the table is suppressed again at series level, starting from the form table as published: a series value
 * that holds a form value hidden there is hidden too (otherwise the series minus the shown forms of the same series would
 * give the hidden form away) unless the JSON gives that series value already; then the small series values, then the
 * secondary cells ({@link Suppression}). Every series value left visible is thus one the JSON gives, and no hidden series
 * value can be worked out from the series totals of the SDG file alone.
 */
public final class SdgSeries {

    private SdgSeries() {
    }

    private record Key(String country, int year, String series, String sex, String age) {
    }

    /** The series table of an unsuppressed result (the restricted snapshot output): nothing hidden. */
    public static SdgResult of(SdgResult raw) {
        return new SdgResult(table(raw, Set.of()), raw.notes(), raw.countries());
    }

    /**
     * The series table for publication: {@code raw} is the unsuppressed result, {@code published} the same suppressed at
     * {@code threshold} (the form table readers get as JSON).
     */
    public static SdgResult of(SdgResult raw, SdgResult published, int threshold) {
        return Suppression.suppress(new SdgResult(table(raw, hiddenByForms(published)), raw.notes(), raw.countries()),
                threshold);
    }

    private record Row(String country, int year, String sex, String age) {
    }

    /**
     * The series values the published form table keeps hidden. VC_HTF_DETV is the all-forms cell itself. A series
     * holding a hidden form is hidden too, unless every hidden form of its sex x age row lies in this series and the
     * row's all-forms total is shown: then the series is that total minus the shown forms of the other series, which
     * the JSON already gives.
     */
    private static Set<Key> hiddenByForms(SdgResult published) {
        Map<Row, Set<String>> hiddenSeriesByRow = new HashMap<>();
        Set<Row> hiddenTotals = new HashSet<>();
        for (Observation o : published.observations()) {
            if (!o.suppressed() || Sdg1622.REGION.equals(o.country())) {
                continue;
            }
            Row row = new Row(o.country(), o.year(), o.sex(), o.age());
            if (TOTAL.equals(o.exploitation())) {
                hiddenTotals.add(row);
            } else {
                hiddenSeriesByRow.computeIfAbsent(row, r -> new HashSet<>()).add(o.series());
            }
        }
        Set<Key> hidden = new HashSet<>();
        for (Row row : hiddenTotals) {
            hidden.add(new Key(row.country(), row.year(), SdgCodes.SERIES_TOTAL, row.sex(), row.age()));
        }
        for (Map.Entry<Row, Set<String>> e : hiddenSeriesByRow.entrySet()) {
            Row row = e.getKey();
            boolean derivable = e.getValue().size() == 1 && !hiddenTotals.contains(row);
            if (!derivable) {
                for (String series : e.getValue()) {
                    hidden.add(new Key(row.country(), row.year(), series, row.sex(), row.age()));
                }
            }
        }
        return hidden;
    }

    private static List<Observation> table(SdgResult raw, Set<Key> hidden) {
        Map<Key, long[]> sums = new LinkedHashMap<>();
        Map<Key, Long> populations = new LinkedHashMap<>();
        for (Observation o : raw.observations()) {
            if (Sdg1622.REGION.equals(o.country()) || o.count() == null || o.series() == null) {
                continue;
            }
            Key k = key(o);
            sums.computeIfAbsent(k, x -> new long[1])[0] += o.count();
            if (o.population() != null) {
                populations.put(k, o.population());
            }
        }
        List<Observation> table = new ArrayList<>(sums.size());
        for (Map.Entry<Key, long[]> e : sums.entrySet()) {
            Key k = e.getKey();
            long count = e.getValue()[0];
            Long population = populations.get(k);
            Double rate = Sdg1622.rate(count, population);
            Observation o = new Observation(k.series(), k.country(), k.year(), k.sex(), k.age(),
                    SdgCodes.SERIES_TOTAL.equals(k.series()) ? TOTAL : k.series(), count, SdgCodes.NATURE_COUNTRY, rate,
                    rate == null ? null : SdgCodes.NATURE_ADJUSTED, population, false, List.of(), null);
            table.add(hidden.contains(k) ? o.hidden() : o);
        }
        table.sort(SdgCodes.ORDER);
        return table;
    }

    /**
     * The series value an observation of the form table falls into: the all-forms cell is VC_HTF_DETV's, a form's cell
     * its series'. Both kinds feed distinct keys, since a form's series is never VC_HTF_DETV.
     */
    private static Key key(Observation o) {
        return new Key(o.country(), o.year(), o.series(), o.sex(), o.age());
    }
}
