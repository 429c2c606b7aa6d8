package org.oas.tip.registry.migration.baseline;

import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.oas.tip.registry.migration.baseline.BaselineCsv.named;
import static org.oas.tip.registry.migration.baseline.BaselineCsv.text;

/** Appendix 9 (dedicated trafficking hotlines) as DEDICATED_TIP_LINE channels, with the features E.1.1 reports. */
final class HotlineMapper implements BaselineMapper {

    /** Feature order of the schema's vocabulary, so that every row lists them the same way. */
    static final List<String> FEATURE_ORDER = List.of("FREE", "ANONYMOUS", "EASY_TO_REMEMBER", "SPECIALIZED_STAFF",
            "REFERRAL_CONNECTED", "MULTILINGUAL", "H24", "TTY", "TEXT_CHAT");

    /** What the section text says of a named country's line, beyond the appendix cell. */
    private static final Map<String, Set<String>> TEXT_FEATURES = Map.of(
            // L894 "easy to remember: Argentina's 145"; fn 37 (L923) specialized staff; L900-902 referral to the
            // judiciary/PROTEX/security forces; final comments (L1484): 5 of the 6 features, multilingual being the U.S.
            // only (L896), so the fifth is anonymity
            "ARG", Set.of("EASY_TO_REMEMBER", "SPECIALIZED_STAFF", "REFERRAL_CONNECTED", "ANONYMOUS"),
            "GTM", Set.of("EASY_TO_REMEMBER"),
            "PER", Set.of("EASY_TO_REMEMBER"),
            // L896: the only country able to handle calls in several languages
            "USA", Set.of("MULTILINGUAL"));

    @Override
    public List<InstrumentRow> rows(SectionFacts facts) throws IOException {
        List<InstrumentRow> rows = new ArrayList<>();
        for (CSVRecord csv : BaselineCsv.read("appendix-09-dedicated-trafficking-hotlines.csv")) {
            String country = csv.get("country");
            String cell = text(csv, "trafficking_hotline");
            InstrumentRow row = InstrumentRow.of(country, "REPORTING_CHANNEL", "Appendix 9").note(text(csv, "note"))
                    .titled(cell, text(csv, "title_en"));
            row.channelType = "DEDICATED_TIP_LINE";
            row.contact = text(csv, "phone_number");
            row.institution = named(csv, "institution_responsible");
            if (country.equals("MEX") && row.institution == null) {
                row.institution = "Mexico City Citizens' Council";
                row.note("institution printed as \"Unspecified\"; operator from E.1 fn 35 (L882)");
            }
            if (country.equals("PER")) {
                row.yearStart = Integer.valueOf(facts.value(country, "dedicated_hotline_year"));
                row.note("established in 2006, taken over by the Ministry of the Interior in 2010 (E.1.1, L908)");
            }
            row.features = features(cell, TEXT_FEATURES.getOrDefault(country, Set.of()));
            if (TEXT_FEATURES.containsKey(country)) {
                row.note("features from the appendix cell and Section E.1.1" + (country.equals("ARG") ? "; ANONYMOUS"
                        + " deduced from the final comments (L1484: 5 of the 6 features; multilingual is the U.S. only, L896)"
                        : ""));
            }
            rows.add(row);
        }
        return rows;
    }

    /** The appendix cell states cost, TTY and chat; the rest comes from the text. Null when nothing is stated. */
    static List<String> features(String cell, Set<String> fromText) {
        String c = cell.toLowerCase(Locale.ROOT);
        List<String> features = new ArrayList<>();
        for (String feature : FEATURE_ORDER) {
            boolean stated = fromText.contains(feature)
                    || feature.equals("FREE") && c.contains("cost-free")
                    || feature.equals("ANONYMOUS") && c.contains("anonymous")
                    || feature.equals("TTY") && c.contains("tty")
                    || feature.equals("TEXT_CHAT") && c.contains("chat");
            if (stated) {
                features.add(feature);
            }
        }
        return features.isEmpty() ? null : features;
    }
}
