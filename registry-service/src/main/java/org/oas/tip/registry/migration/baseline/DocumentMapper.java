package org.oas.tip.registry.migration.baseline;

import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.oas.tip.registry.migration.baseline.BaselineCsv.text;
import static org.oas.tip.registry.migration.baseline.BaselineCsv.year;

/** The documentary appendices: Appendix 5 as DIAGNOSTIC_ASSESSMENT rows and Appendix 13 as STATISTICAL_REPORT rows. */
final class DocumentMapper implements BaselineMapper {

    /** Section F names who compiles the reports Appendix 13 lists (Peru's INEI report covers other years, so not used). */
    private static final Map<String, String> REPORT_INSTITUTION = Map.of(
            "ARG", "PROTEX (Procurator-General's Office)",
            "BRA", "Ministry of Justice",
            "CHL", "Executive Secretariat of the Inter-Sectoral Round Table on Trafficking in Persons",
            "ECU", "Criminal Policy Directorate, Attorney General's Office",
            "GTM", "SVET",
            "USA", "FBI");
    private static final Map<String, String> REPORT_INSTITUTION_SOURCE = Map.of(
            "ARG", "L1144", "BRA", "L1156", "CHL", "L1168", "ECU", "L1186", "GTM", "L1174", "USA", "L1198");

    @Override
    public List<InstrumentRow> rows(SectionFacts facts) throws IOException {
        List<InstrumentRow> rows = new ArrayList<>();
        for (CSVRecord csv : BaselineCsv.read("appendix-05-diagnostic-assessments.csv")) {
            rows.add(assessment(csv));
        }
        for (CSVRecord csv : BaselineCsv.read("appendix-13-statistical-reports.csv")) {
            String country = csv.get("country");
            InstrumentRow row = InstrumentRow.of(country, "STATISTICAL_REPORT", "Appendix 13").note(text(csv, "note"))
                    .titled(text(csv, "report"), text(csv, "title_en"))
                    .years(year(csv, "coverage_start"), year(csv, "coverage_end")).link(text(csv, "link"));
            row.institution = REPORT_INSTITUTION.get(country);
            if (row.institution != null) {
                row.note("institution from Section F (" + REPORT_INSTITUTION_SOURCE.get(country) + ")");
            }
            rows.add(row);
        }
        return rows;
    }

    private static InstrumentRow assessment(CSVRecord csv) {
        InstrumentRow row = InstrumentRow.of(csv.get("country"), "DIAGNOSTIC_ASSESSMENT", "Appendix 5")
                .note(text(csv, "note")).titled(text(csv, "title"), text(csv, "title_en"));
        if (text(csv, "note") != null && text(csv, "note").startsWith("GARBLED")) {
            // Brazil's record repeats Bolivia's institution, year and (Bolivian) link: none of them is Brazil's
            row.note("institution, year and link left empty; printed as \"" + text(csv, "institution") + "\", "
                    + text(csv, "year") + ", " + text(csv, "access"));
            return row;
        }
        row.institution = text(csv, "institution");
        return row.years(year(csv, "year"), null).link(text(csv, "access"));
    }
}
