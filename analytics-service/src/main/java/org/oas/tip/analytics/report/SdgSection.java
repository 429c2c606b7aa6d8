package org.oas.tip.analytics.report;

import io.quarkus.qute.TemplateData;
import org.oas.tip.analytics.chart.ChartRenderer;
import org.oas.tip.analytics.sdg.Observation;
import org.oas.tip.analytics.sdg.Sdg1622;
import org.oas.tip.analytics.sdg.SdgCodes;

import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The SDG 16.2.2 part of the HTML report: the rates chart and the totals and one-way breakdowns, as published. */
@TemplateData
public record SdgSection(String chart, int threshold, List<Row> rows, List<String> notes) {

    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("F", "Female"), Map.entry("M", "Male"),
            Map.entry("_O", "Other"), Map.entry("_U", "Unknown"), Map.entry("_T", "All"), Map.entry("Y0T17", "0-17"),
            Map.entry("Y_GE18", "18+"));

    /** One published value. */
    @TemplateData
    public record Row(String country, int year, String sex, String age, String exploitation, String count, String rate) {
    }

    /** The section, or null when no country reported detected victims. */
    public static SdgSection of(Published published) {
        List<Observation> observations = published.sdg().observations();
        if (observations.isEmpty()) {
            return null;
        }
        // the report shows totals and one-way breakdowns; the full cross-tabulation is in the SDMX-CSV export
        List<Row> rows = observations.stream().filter(o -> breakdowns(o) <= 1).map(o -> row(o, published)).toList();
        List<Map.Entry<String, Double>> rates = observations.stream()
                .filter(o -> o.isGrandTotal() && o.ratePer100k() != null)
                .map(o -> (Map.Entry<String, Double>) new AbstractMap.SimpleEntry<>(name(o, published) + " " + o.year(), o.ratePer100k()))
                .toList();
        String chart = rates.isEmpty() ? null : ChartRenderer.bars("Detected victims per 100,000 population",
                "SDG indicator 16.2.2 · all sexes, ages and forms", "victims per 100,000", rates);
        return new SdgSection(chart, published.suppressionThreshold(), rows, published.sdg().notes());
    }

    private static long breakdowns(Observation o) {
        return Stream.of(o.sex(), o.age(), o.exploitation()).filter(c -> !SdgCodes.TOTAL.equals(c)).count();
    }

    private static Row row(Observation o, Published published) {
        String hidden = "suppressed";
        return new Row(name(o, published), o.year(), label(o.sex()), label(o.age()), label(o.exploitation()),
                o.suppressed() ? hidden : String.valueOf(o.count()),
                o.suppressed() ? hidden : o.ratePer100k() == null ? "no population figure" : String.valueOf(o.ratePer100k()));
    }

    private static String name(Observation o, Published published) {
        return Sdg1622.REGION.equals(o.country()) ? "OAS member states" : published.countryName(o.country());
    }

    private static String label(String code) {
        return LABELS.getOrDefault(code, code.replace('_', ' ').toLowerCase());
    }
}
