package org.oas.tip.registry.migration.baseline;

import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.oas.tip.registry.migration.baseline.BaselineCsv.named;
import static org.oas.tip.registry.migration.baseline.BaselineCsv.text;

/** Appendix 10 (police lines) as POLICE_LINE channels and Appendix 11 ("thematic" lines) as THEMATIC_LINE channels. */
final class PhoneLineMapper implements BaselineMapper {

    // the two CSV files already follow the content, not the swapped printed headings (BASELINE-DATA-NOTES.md, 4.1 #1)

    /** E.1.3 (L921) groups thematic lines "based on the name of the telephone line or of the institution operating it". */
    private static final String[][] TOPICS = {
        {"gender issues", "gender"}, {"domestic violence", "domestic violence"}, {"sexual violence", "sexual violence"},
        {"violence against women", "violence against women"}, {"migraci", "migrants"}, {"niño", "children"},
        {"children", "children"}, {"victim", "victims"}, {"mujer", "women"}, {"women", "women"},
        {"harassment", "labour"}, {"labor", "labour"}, {"trabajo", "labour"}, {"employment", "labour"}, {"wage", "labour"}};

    @Override
    public List<InstrumentRow> rows(SectionFacts facts) throws IOException {
        List<InstrumentRow> rows = new ArrayList<>();
        for (CSVRecord csv : BaselineCsv.read("appendix-10-police-reporting-lines.csv")) {
            InstrumentRow row = line(csv, "telephone_line_for_reporting_crimes", "Appendix 10", "POLICE_LINE");
            if (row.country.equals("USA")) {
                // E.1.5.4 (L964): the ICE/HSI line for domestic and international calls operates 24/7
                row.features = HotlineMapper.features(text(csv, "telephone_line_for_reporting_crimes"), Set.of("H24"));
                row.note("24/7 from Section E.1.5.4 (L964)");
            }
            rows.add(row);
        }
        for (CSVRecord csv : BaselineCsv.read("appendix-11-thematic-lines.csv")) {
            InstrumentRow row = line(csv, "type_of_telephone_line", "Appendix 11", "THEMATIC_LINE");
            row.channelTopic = topic(text(csv, "type_of_telephone_line") + " | " + text(csv, "institution_responsible"));
            if (row.channelTopic == null) {
                row.note("topic not stated: neither the line's name nor its institution says it");
            }
            rows.add(row);
        }
        // E.1.2 (L915) names Mexico's police line, which neither appendix lists
        InstrumentRow mexico = InstrumentRow.of("MEX", "REPORTING_CHANNEL", "Section E.1.2 (L915)")
                .titled("Federal Police hotline 088", null, "en")
                .note("Mexico referred to it as a channel for reporting human trafficking crimes; not in Appendix 10");
        mexico.channelType = "POLICE_LINE";
        mexico.contact = "088";
        mexico.institution = "Federal Police";
        rows.add(mexico);
        return rows;
    }

    private static InstrumentRow line(CSVRecord csv, String titleColumn, String source, String type) {
        String cell = text(csv, titleColumn);
        InstrumentRow row = InstrumentRow.of(csv.get("country"), "REPORTING_CHANNEL", source).note(text(csv, "note"))
                .titled(cell, text(csv, "title_en"));
        row.channelType = type;
        row.contact = text(csv, "phone_number");
        row.institution = named(csv, "institution_responsible");
        row.features = HotlineMapper.features(cell, Set.of());
        return row;
    }

    static String topic(String nameAndInstitution) {
        String text = nameAndInstitution.toLowerCase(Locale.ROOT);
        for (String[] rule : TOPICS) {
            if (text.contains(rule[0])) {
                return rule[1];
            }
        }
        return null;
    }
}
