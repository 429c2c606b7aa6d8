package org.oas.tip.registry.migration.baseline;

import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.oas.tip.registry.migration.baseline.BaselineCsv.text;
import static org.oas.tip.registry.migration.baseline.BaselineCsv.year;

/** Appendix 6 (laws criminalizing trafficking) as LAW rows, plus the other laws of the "mixed" countries in D.1 Table 2. */
final class LawMapper implements BaselineMapper {

    /** Later amendments the appendix footnotes name (Appendix 6 fn 73, 75-77; D.1 fn 23). */
    private static final Map<String, String> AMENDMENTS = Map.of(
            "USA", "Amended four times since it was promulgated in 2000 (Appendix 6 fn 73)",
            "SUR", "Article 307 of the Criminal Code was amended again in 2015 (Appendix 6 fn 75)",
            "PER", "Law N° 30.251 of October 20, 2014 improved the legal characterization, Article 153 of the Criminal Code"
                    + " (Appendix 6 fn 76)",
            "ARG", "Law N° 26.842 of 2012 (Appendix 6 fn 77)",
            "SLV", "Legislative Decree No. 457 of 2004 completed the characterization (D.1 fn 23)");

    @Override
    public List<InstrumentRow> rows(SectionFacts facts) throws IOException {
        List<InstrumentRow> rows = new ArrayList<>();
        for (CSVRecord csv : BaselineCsv.read("appendix-06-criminalizing-laws.csv")) {
            String country = csv.get("country");
            InstrumentRow row = InstrumentRow.of(country, "LAW", "Appendix 6").note(text(csv, "note"))
                    .titled(text(csv, "instrument"), text(csv, "title_en")).years(year(csv, "year"), null);
            row.lawNumber = text(csv, "law_number");
            row.amendments = AMENDMENTS.get(country);
            row.legalPath = legalPath(facts, country, row.lawNumber);
            if (row.legalPath != null) {
                row.note("legal path from " + facts.source(country, "legal_path")
                        + (facts.values(country, "legal_path").size() > 1 ? " and Table 2" : ""));
            }
            rows.add(row);
        }
        rows.add(tableTwo("SLV", "Legislative Decree No. 457", "457", 2004, "AMENDING_LAW", "L681")
                .note("adopted on October 7, 2004 and published on November 8, 2004 (D.1 fn 23)"));
        rows.add(tableTwo("SLV", "Special Law against Trafficking in Persons", null, 2014, "COMPREHENSIVE_LAW", "L680")
                .note("printed as \"Legislative Decree No. Special Law against Trafficking in Persons\", without a number;"
                        + " Section F (L1172) calls it the Special Law against Trafficking in Persons of 2013"));
        rows.add(tableTwo("PRY", "Law No. 4.788/12", "4.788/12", 2012, "COMPREHENSIVE_LAW", "L682"));
        rows.add(tableTwo("PER", "Law No. 30.251", "30.251", 2014, "AMENDING_LAW", "L683")
                .note("amended Article 153 of the Criminal Code seven years after Law No. 28.950 (D.1 fn 24)"));
        return rows;
    }

    /**
     * D.1 (L674) names the criminal-code countries, Chile's amending law, and the three "mixed" countries whose Table 2
     * tells which of their laws amends the code. The other 26 countries are the "comprehensive law" group only by
     * exclusion, and Appendix 6 describes several of their laws as amending the code, so they stay unclassified.
     */
    private static String legalPath(SectionFacts facts, String country, String lawNumber) {
        List<String> paths = facts.values(country, "legal_path");
        if (paths.size() == 1) {
            return paths.get(0).toUpperCase(Locale.ROOT);
        }
        if (paths.size() > 1 && lawNumber != null) {
            if (facts.values(country, "amending_law").stream().anyMatch(v -> v.contains(lawNumber))) {
                return "AMENDING_LAW";
            }
            if (facts.values(country, "comprehensive_law").stream().anyMatch(v -> v.contains(lawNumber))) {
                return "COMPREHENSIVE_LAW";
            }
        }
        return null;
    }

    private static InstrumentRow tableTwo(String country, String title, String number, int year, String path, String line) {
        InstrumentRow row = InstrumentRow.of(country, "LAW", "Section D.1 Table 2 (" + line + ")")
                .titled(title, null, "en").years(year, null);
        row.lawNumber = number;
        row.legalPath = path;
        return row;
    }
}
