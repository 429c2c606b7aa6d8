package org.oas.tip.registry.migration.baseline;

import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.oas.tip.registry.migration.baseline.BaselineCsv.text;

/** Appendix 12 (victim protection and assistance protocols) as PROTOCOL rows typed as section E.3 classifies them. */
final class VictimProtocolMapper implements BaselineMapper {

    @Override
    public List<InstrumentRow> rows(SectionFacts facts) throws IOException {
        List<InstrumentRow> rows = new ArrayList<>();
        for (CSVRecord csv : BaselineCsv.read("appendix-12-victim-protection-protocols.csv")) {
            String country = csv.get("country");
            String title = text(csv, "instrument_name");
            String note = text(csv, "note");
            if (country.equals("USA")) {
                rows.add(usPlan(title, note));
                continue;
            }
            InstrumentRow row = InstrumentRow.of(country, "PROTOCOL", "Appendix 12").note(note);
            if (title.equals("Unspecified")) {
                // E.3 (L1036): El Salvador and Guyana reported a protocol of the first type without naming it
                row.titled("Victim protection protocol (name not reported)", null, "en").note("printed as \"Unspecified\"");
            } else {
                row.titled(title, text(csv, "title_en"));
            }
            row.protocolKind = kind(title, note);
            if (row.protocolKind == null) {
                row.note("kind left empty: the title suggests detection and immediate response, but E.3.2 (L1060) names only"
                        + " Chile and Bolivia among the 4 countries with such protocols");
            }
            row.targetPopulation = target(title);
            rows.add(row);
        }
        rows.addAll(new SectionProtocols().rows(facts));
        return rows;
    }

    /** E.3.2 detection (Bolivia, Chile), E.3.3 certification, risk and consular, E.3.4 labour, E.3.5 Mercosur. */
    static String kind(String title, String note) {
        String t = title.toLowerCase(Locale.ROOT);
        if (note != null && note.contains("E.3.5")) {
            return "SUPRANATIONAL";
        }
        if (note != null && note.contains("detection/immediate-response type")) {
            return "DETECTION_RESPONSE";
        }
        if (t.contains("certificación")) {
            return "VICTIMIZATION_CERTIFICATION";
        }
        if (t.contains("evaluación de riesgos")) {
            return "RISK_ASSESSMENT";
        }
        if (t.contains("consula")) {
            return "CONSULAR";
        }
        if (t.contains("trabajadores")) {
            return "LABOUR";
        }
        if (t.contains("respuesta inmediata")) {
            return null;
        }
        // the rest is the appendix's own type: identification, assistance, protection and referral (E.3.1)
        return "VICTIM_ASSISTANCE";
    }

    static String target(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        boolean children = t.contains("niños") || t.contains("child");
        boolean women = t.contains("mujeres");
        if (children) {
            return women ? "women, children and adolescents" : "children and adolescents";
        }
        if (women) {
            return "women";
        }
        return t.contains("trabajadores") ? "workers" : null;
    }

    /** B.2 (L521) counts it as the U.S. plan-type instrument and E.2 (L1024) as its victims programme: a plan. */
    private static InstrumentRow usPlan(String title, String note) {
        InstrumentRow plan = InstrumentRow.of("USA", "PLAN", "Appendix 12")
                .titled(title.replace(" (2013-2017)", ""), null, "en").years(2013, 2017)
                .link("https://ovc.ncjrs.gov/humantrafficking/plan.html")
                .note("kept as a PLAN, not a protocol: B.2 (L521) names it as the U.S. plan (2013-2017), E.2 (L1024) as a"
                        + " victims programme in effect since 2013; link from E.2 fn 40 (L1034)").note(note);
        plan.planType = "PLAN_OF_ACTION";
        return plan;
    }
}
