package org.oas.tip.analytics.indicator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The 2015-2018 snapshot built from the repository's own baseline files, as far as five figures' families need. */
final class BaselineSnapshot {

    // the coded answers are the questionnaire's CSV as it is; the registry instruments of five families (laws, policies
    // and plans, dedicated lines, specialized units, investigation protocols) are rebuilt from the registry's CSV
    // transcription with the rules of BASELINE-DATA-NOTES.md section 7. Ids are this fixture's own (answers: the CSV row;
    // instruments: 1, 2, ... in build order), not the services'.

    static final Path REGISTRY = Path.of("../registry-service/src/main/resources/baseline");
    static final Path ANSWERS = Path.of("../questionnaire-service/src/main/resources/baseline/answers-2015-2018.csv");
    /** The one active member state that did not answer (BASELINE-DATA-NOTES.md, "Country that did not answer"). */
    static final String NON_RESPONDENT = "NIC";

    private final List<InstrumentRecord> instruments = new ArrayList<>();
    private long nextId = 1;

    private BaselineSnapshot() {
    }

    static Snapshot build() throws IOException {
        return new BaselineSnapshot().snapshot(true);
    }

    /** The answers, respondents and names only: for a run that brings its own instruments. */
    static Snapshot withoutInstruments() throws IOException {
        return new BaselineSnapshot().snapshot(false);
    }

    private Snapshot snapshot(boolean withInstruments) throws IOException {
        Map<String, String> names = new LinkedHashMap<>();
        List<String> respondents = new ArrayList<>();
        for (Map<String, String> row : Csv.read(REGISTRY.resolve("countries.csv"))) {
            names.put(row.get("iso3"), row.get("name_en"));
            if (Boolean.parseBoolean(row.get("active")) && !row.get("iso3").equals(NON_RESPONDENT)) {
                respondents.add(row.get("iso3"));
            }
        }
        if (withInstruments) {
            laws();
            policiesAndPlans();
            dedicatedLines();
            units();
            investigationProtocols();
        }
        return new Snapshot("2015-2018", Instant.parse("2019-02-01T00:00:00Z"), instruments, answers(), respondents, names);
    }

    /** As the questionnaire's V3 migration stores them: true/false and integers typed, the rest text. */
    static List<CodedAnswerRecord> answers() throws IOException {
        List<CodedAnswerRecord> answers = new ArrayList<>();
        long id = 1;
        for (Map<String, String> row : Csv.read(ANSWERS)) {
            String index = row.get("repeat_index");
            answers.add(new CodedAnswerRecord(id++, row.get("country"), row.get("link_id"),
                    index.isBlank() ? null : Integer.valueOf(index), typed(row.get("value")), row.get("source")));
        }
        return answers;
    }

    private static JsonNode typed(String value) {
        if (value.equals("true") || value.equals("false")) {
            return BooleanNode.valueOf(Boolean.parseBoolean(value));
        }
        return value.matches("-?[0-9]{1,9}") ? IntNode.valueOf(Integer.parseInt(value)) : TextNode.valueOf(value);
    }

    private static Integer year(String cell) {
        return cell == null || cell.isBlank() ? null : Integer.valueOf(cell.trim());
    }

    private Fixtures.Instrument next(String country, String kind) {
        return Fixtures.instrument(nextId++, country, kind);
    }

    /** Appendix 6; legal paths only where D.1 names the country (L674) or Table 2 tells the law (L680-683). */
    private void laws() throws IOException {
        Map<String, String> named = Map.of("CAN", "CRIMINAL_CODE", "ECU", "CRIMINAL_CODE", "SUR", "CRIMINAL_CODE",
                "CHL", "AMENDING_LAW");
        Map<String, String> tableTwo = Map.of("210", "AMENDING_LAW", "3.440", "AMENDING_LAW", "28.950", "COMPREHENSIVE_LAW");
        for (Map<String, String> row : Csv.read(REGISTRY.resolve("appendix-06-criminalizing-laws.csv"))) {
            String country = row.get("country");
            String path = named.getOrDefault(country, tableTwo.get(row.get("law_number")));
            instruments.add(next(country, "LAW").title(row.get("instrument")).years(year(row.get("year")), null).law(path).build());
        }
        // the other laws of the "mixed" countries, Table 2 (L680-683)
        instruments.add(next("SLV", "LAW").title("Legislative Decree No. 457").years(2004, null).law("AMENDING_LAW").build());
        instruments.add(next("SLV", "LAW").title("Special Law against Trafficking in Persons").years(2014, null)
                .law("COMPREHENSIVE_LAW").build());
        instruments.add(next("PRY", "LAW").title("Law No. 4.788/12").years(2012, null).law("COMPREHENSIVE_LAW").build());
        instruments.add(next("PER", "LAW").title("Law No. 30.251").years(2014, null).law("AMENDING_LAW").build());
    }

    /** A policy or plan being built, with what the matching of Appendix 4 and the successors need to see. */
    private record Document(Fixtures.Instrument builder, long id, String country, String kind, String planType,
                            Integer start, Integer end) {
    }

    /**
     * Appendix 3, with Appendix 4 giving the link of the same document (same country, kind and period; without a period,
     * the country's only one) or adding another; the successors of fn 15 and fn 17; the U.S. plan of B.2 (L521).
     */
    private void policiesAndPlans() throws IOException {
        List<Document> documents = new ArrayList<>();
        for (Map<String, String> row : Csv.read(REGISTRY.resolve("appendix-03-national-policies-plans.csv"))) {
            Integer start = year(row.get("start_year"));
            if (start == null && row.get("country").equals("BRA")) {
                start = 2006; // B.2 (L503): Brazil's policy dates back to 2006
            }
            documents.add(document(row.get("country"), row.get("public_policy_instrument"), start, year(row.get("end_year"))));
        }
        for (Map<String, String> row : Csv.read(REGISTRY.resolve("appendix-04-policies-plans-online.csv"))) {
            String country = row.get("country");
            String kind = kindOf(row.get("policy_plan"));
            Integer start = year(row.get("start_year"));
            Integer end = year(row.get("end_year"));
            List<Document> same = documents.stream().filter(d -> d.country().equals(country) && d.kind().equals(kind)).toList();
            List<Document> match = start == null ? (same.size() == 1 ? same : List.of()) : same.stream()
                    .filter(d -> start.equals(d.start()) && Objects.equals(end, d.end())).toList();
            if (match.size() == 1) {
                match.get(0).builder().online(row.get("link"));
            } else {
                Document other = document(country, row.get("policy_plan"), start, end);
                other.builder().online(row.get("link"));
                documents.add(other);
            }
        }
        // Guatemala's 2007-2017 policy was reformulated in 2014 (fn 15, L518); Peru's 2011-2016 plan is followed by 2017-2021 (fn 17, L540)
        succeed(documents, "GTM", 2007, 2014);
        succeed(documents, "PER", 2011, 2017);
        documents.forEach(d -> instruments.add(d.builder().build()));
        instruments.add(next("USA", "PLAN").title("Federal Strategic Action Plan on Services for Victims of Human Trafficking"
                + " in the United States").years(2013, 2017).plan("PLAN_OF_ACTION", null, null)
                .online("https://ovc.ncjrs.gov/humantrafficking/plan.html").build());
    }

    private static String kindOf(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        return t.startsWith("política") || t.contains("policy") ? "NATIONAL_POLICY" : "PLAN";
    }

    private Document document(String country, String title, Integer start, Integer end) {
        String t = title.toLowerCase(Locale.ROOT);
        String kind = kindOf(title);
        // B.2 (L514-521) groups plans of action, national and strategic plans as "Plan", beside strategy, program, roadmap
        String type = kind.equals("NATIONAL_POLICY") ? null : t.contains("roadmap") ? "ROADMAP" : t.contains("program")
                ? "PROGRAM" : t.contains("plan") ? "PLAN_OF_ACTION" : t.contains("strat") || t.contains("estrategia")
                ? "STRATEGY" : null;
        long id = nextId;
        Fixtures.Instrument builder = next(country, kind).title(title).years(start, end).plan(type, null, null);
        return new Document(builder, id, country, kind, type, start, end);
    }

    private static void succeed(List<Document> documents, String country, int from, int to) {
        Document earlier = find(documents, country, from);
        earlier.builder().plan(earlier.planType(), find(documents, country, to).id(), null);
    }

    private static Document find(List<Document> documents, String country, int start) {
        return documents.stream().filter(d -> d.country().equals(country) && Integer.valueOf(start).equals(d.start()))
                .findFirst().orElseThrow();
    }

    /** Appendix 9 with the features the cell and E.1.1 state (L894-902, fn 37; anonymity of Line 145 from L1484). */
    private void dedicatedLines() throws IOException {
        Map<String, Set<String>> text = Map.of(
                "ARG", Set.of("EASY_TO_REMEMBER", "SPECIALIZED_STAFF", "REFERRAL_CONNECTED", "ANONYMOUS"),
                "GTM", Set.of("EASY_TO_REMEMBER"), "PER", Set.of("EASY_TO_REMEMBER"), "USA", Set.of("MULTILINGUAL"));
        for (Map<String, String> row : Csv.read(REGISTRY.resolve("appendix-09-dedicated-trafficking-hotlines.csv"))) {
            String cell = row.get("trafficking_hotline").toLowerCase(Locale.ROOT);
            List<String> features = new ArrayList<>(text.getOrDefault(row.get("country"), Set.of()));
            if (cell.contains("cost-free")) {
                features.add("FREE");
            }
            if (cell.contains("tty")) {
                features.add("TTY");
            }
            if (cell.contains("chat")) {
                features.add("TEXT_CHAT");
            }
            String contact = row.get("phone_number").isBlank() ? null : row.get("phone_number");
            instruments.add(next(row.get("country"), "REPORTING_CHANNEL").title(row.get("trafficking_hotline"))
                    .channel("DEDICATED_TIP_LINE", null, contact, features.toArray(String[]::new)).build());
        }
    }

    /** Appendix 7 (Colombia's "14 offices" as prosecutor's, D.3 L786), Antigua's task force (L807), Argentina's police (fn 31). */
    private void units() throws IOException {
        Map<String, String> spheres = Map.of("Police", "POLICE", "Public Prosecutor's Office", "PROSECUTOR",
                "Judicial", "JUDICIAL", "Other", "MULTI_AGENCY");
        for (Map<String, String> row : Csv.read(REGISTRY.resolve("appendix-07-specialized-units.csv"))) {
            if (row.get("unit").isBlank()) {
                continue;
            }
            String sphere = row.get("country").equals("COL") ? "PROSECUTOR" : spheres.get(row.get("sphere"));
            instruments.add(next(row.get("country"), "SPECIALIZED_UNIT").title(row.get("unit")).unit(sphere).build());
        }
        instruments.add(next("ATG", "SPECIALIZED_UNIT").title("Anti-Trafficking Task Force").unit("MULTI_AGENCY").build());
        for (String police : List.of("Trafficking in Persons Division", "Trafficking in Persons Investigations Department",
                "Anti-Trafficking in Persons Department", "Operating Unit to Monitor Drug Trafficking and Complex Crime")) {
            instruments.add(next("ARG", "SPECIALIZED_UNIT").title(police).unit("POLICE").build());
        }
    }

    /** Appendix 8 and Argentina's two documents of D.4 fn 33, drafted by the Procurator-General's Office (L815). */
    private void investigationProtocols() throws IOException {
        for (Map<String, String> row : Csv.read(REGISTRY.resolve("appendix-08-criminal-investigation-protocols.csv"))) {
            instruments.add(next(row.get("country"), "PROTOCOL").title(row.get("title")).institution(row.get("institution"))
                    .years(year(row.get("year")), null).protocol("CRIMINAL_INVESTIGATION").build());
        }
        instruments.add(next("ARG", "PROTOCOL").title("Procedures and Criteria for Detecting and Investigating Trafficking in"
                + " Persons for Labor Exploitation Purposes").institution("Office of the Procurator-General")
                .protocol("CRIMINAL_INVESTIGATION").build());
        instruments.add(next("ARG", "PROTOCOL").title("El Testimonio de la Víctima de Trata de Personas")
                .institution("Office of the Procurator-General").years(2016, null).protocol("CRIMINAL_INVESTIGATION").build());
    }
}
