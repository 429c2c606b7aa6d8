package org.oas.tip.registry.migration.baseline;

import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The per-country facts of sections A-G ({@code section-facts.csv}), looked up by country and topic. */
public final class SectionFacts {

    private final Map<String, List<CSVRecord>> byCountryTopic = new LinkedHashMap<>();

    private SectionFacts() {
    }

    public static SectionFacts load() throws IOException {
        SectionFacts facts = new SectionFacts();
        for (CSVRecord row : BaselineCsv.read("section-facts.csv")) {
            facts.byCountryTopic.computeIfAbsent(key(row.get("country"), row.get("topic")), k -> new ArrayList<>()).add(row);
        }
        return facts;
    }

    private static String key(String country, String topic) {
        return country + '|' + topic;
    }

    /** Every value the text gives for this country and topic, in file order. */
    public List<String> values(String country, String topic) {
        return byCountryTopic.getOrDefault(key(country, topic), List.of()).stream().map(r -> r.get("value")).toList();
    }

    /** The first value, or null when the text says nothing about it for this country. */
    public String value(String country, String topic) {
        List<String> values = values(country, topic);
        return values.isEmpty() ? null : values.get(0);
    }

    public boolean has(String country, String topic, String value) {
        return values(country, topic).contains(value);
    }

    /** "Section A.2 (L443)": where the first fact of this country and topic was read, for the provenance note. */
    public String source(String country, String topic) {
        List<CSVRecord> rows = byCountryTopic.getOrDefault(key(country, topic), List.of());
        if (rows.isEmpty()) {
            return null;
        }
        String evidence = rows.get(0).get("evidence");
        int colon = evidence.indexOf(':');
        int bracket = evidence.indexOf(' ');
        String line = evidence.substring(0, Math.min(colon, bracket < 0 ? colon : bracket));
        return "Section " + rows.get(0).get("section") + " (" + line + ")";
    }

    /** Countries having this value for this topic, in file order. */
    public List<String> countries(String topic, String value) {
        List<String> countries = new ArrayList<>();
        byCountryTopic.forEach((key, rows) -> rows.stream()
                .filter(r -> r.get("topic").equals(topic) && r.get("value").equals(value))
                .findFirst().ifPresent(r -> countries.add(r.get("country"))));
        return countries;
    }
}
