package org.oas.tip.registry.migration.baseline;

import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import static org.oas.tip.registry.migration.baseline.BaselineCsv.text;
import static org.oas.tip.registry.migration.baseline.BaselineCsv.year;

/**
 * Appendix 3 (national policies and plans) as NATIONAL_POLICY and PLAN rows; Appendix 4 (those found online) adds its link
 * to the matching Appendix 3 row, and becomes a row of its own only when it is another document.
 */
final class PolicyPlanMapper implements BaselineMapper {

    @Override
    public List<InstrumentRow> rows(SectionFacts facts) throws IOException {
        List<InstrumentRow> rows = new ArrayList<>();
        for (CSVRecord csv : BaselineCsv.read("appendix-03-national-policies-plans.csv")) {
            String title = text(csv, "public_policy_instrument");
            InstrumentRow row = create(csv.get("country"), title, "Appendix 3").note(text(csv, "note"))
                    .titled(title, text(csv, "title_en")).years(year(csv, "start_year"), year(csv, "end_year"));
            String textPeriod = facts.value(row.country, "national_policy_period");
            if (row.yearStart == null && textPeriod != null && textPeriod.endsWith("-")) {
                // Brazil: no period in the appendix, but B.2 dates the policy from 2006 with no end date
                row.yearStart = Integer.valueOf(textPeriod.substring(0, textPeriod.length() - 1));
                row.note("start year from " + facts.source(row.country, "national_policy_period"));
            }
            rows.add(row);
        }
        List<InstrumentRow> online = new ArrayList<>();
        for (CSVRecord csv : BaselineCsv.read("appendix-04-policies-plans-online.csv")) {
            attachOrAdd(csv, rows, online);
        }
        rows.addAll(online);
        linkSuccessors(rows);
        return rows;
    }

    private static InstrumentRow create(String country, String title, String source) {
        String t = title.toLowerCase(Locale.ROOT);
        boolean policy = t.startsWith("política") || t.contains("policy");
        InstrumentRow row = InstrumentRow.of(country, policy ? "NATIONAL_POLICY" : "PLAN", source);
        if (!policy) {
            row.planType = planType(t);
        }
        return row;
    }

    /** B.2 (L514-521) groups plans of action, national and strategic plans as "Plan", next to strategy, program, roadmap. */
    static String planType(String title) {
        if (title.contains("roadmap")) {
            return "ROADMAP";
        }
        if (title.contains("program")) {
            return "PROGRAM";
        }
        if (title.contains("plan")) {
            return "PLAN_OF_ACTION";
        }
        return title.contains("strat") || title.contains("estrategia") ? "STRATEGY" : null;
    }

    /**
     * The same country and kind, and the same period; when Appendix 4 prints no period, the country's only instrument of
     * that kind. A different period is a different document (Guatemala's previous policy, Peru's new plan).
     */
    private static void attachOrAdd(CSVRecord csv, List<InstrumentRow> appendix3, List<InstrumentRow> online) {
        String title = text(csv, "policy_plan");
        InstrumentRow candidate = create(csv.get("country"), title, "Appendix 4");
        Integer start = year(csv, "start_year");
        Integer end = year(csv, "end_year");
        List<InstrumentRow> sameKind = appendix3.stream()
                .filter(r -> r.country.equals(candidate.country) && r.kind.equals(candidate.kind)).toList();
        List<InstrumentRow> matches = start == null
                ? (sameKind.size() == 1 ? sameKind : List.of())
                : sameKind.stream().filter(r -> start.equals(r.yearStart) && Objects.equals(end, r.yearEnd)).toList();
        String note = text(csv, "note");
        if (matches.size() == 1) {
            InstrumentRow match = matches.get(0).link(text(csv, "link"));
            match.note("Appendix 4 (found online)" + (title.equalsIgnoreCase(match.title) ? "" : ", titled there \""
                    + title + "\"") + (note == null ? "" : ": " + note));
            return;
        }
        candidate.titled(title, text(csv, "title_en")).years(start, end).link(text(csv, "link"))
                .note("not in Appendix 3").note(note);
        String printed = text(csv, "period_as_printed");
        if (printed != null && !printed.matches("\\d{4}(-\\d{4})?")) {
            candidate.note("period printed as \"" + printed + "\"");
        }
        online.add(candidate);
    }

    /** Successors the text names and the baseline holds (B.2 fn 15 L518, B.3 fn 17 L540). */
    private static void linkSuccessors(List<InstrumentRow> rows) {
        // Guatemala: the 2007-2017 policy found online "was reformulated in 2014" as the policy in force (2014-2024)
        successor(rows, "GTM", "NATIONAL_POLICY", 2007, 2014, "B.2 fn 15 (L518): reformulated in 2014");
        // Peru: the 2011-2016 plan of Appendix 3 is followed by the 2017-2021 plan (fn 17 and Appendix 4)
        successor(rows, "PER", "PLAN", 2011, 2017, "B.3 fn 17 (L540): new plan 2017-2021");
    }

    private static void successor(List<InstrumentRow> rows, String country, String kind, int from, int to, String why) {
        InstrumentRow earlier = find(rows, country, kind, from);
        InstrumentRow later = find(rows, country, kind, to);
        earlier.successor = later;
        earlier.note("successor: " + why);
    }

    private static InstrumentRow find(List<InstrumentRow> rows, String country, String kind, int start) {
        return rows.stream().filter(r -> r.country.equals(country) && r.kind.equals(kind)
                && Integer.valueOf(start).equals(r.yearStart)).findFirst().orElseThrow();
    }
}
