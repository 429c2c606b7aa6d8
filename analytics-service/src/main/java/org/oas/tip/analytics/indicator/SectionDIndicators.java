package org.oas.tip.analytics.indicator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;

/** Section D, prosecution: the legal path and year of criminalization, strategies, specialized units, protocols. */
final class SectionDIndicators {

    private SectionDIndicators() {
    }

    static Map<String, Calculator> calculators() {
        Map<String, Calculator> c = new LinkedHashMap<>();
        c.put("D.legal_path", SectionDIndicators::legalPath);
        c.put("D.law_period", SectionDIndicators::lawPeriod);
        c.put("D.law_year", SectionDIndicators::lawYear);
        c.put("D.investigation_strategies", d -> Outcome.distribution(d.respondents(), Tally.categories(
                "REACTIVE", "Reactive", "PROACTIVE", "Proactive", "DISRUPTIVE", "Disruptive", "FINANCIAL", "Financial"),
                CountryFacts.fromAnswers(d.answers("D.strategies"), Values::text), "No strategy reported"));
        c.put("D.unit_sphere", SectionDIndicators::unitSphere);
        c.put("D.protocol_year", SectionDIndicators::protocolYear);
        c.put("D.protocol_institution", SectionDIndicators::protocolInstitution);
        return c;
    }

    /** Diagram 11: a comprehensive law together with a criminal-code amendment makes the "mixed" group of Table 2. */
    private static Outcome legalPath(SnapshotData d) {
        CountryFacts facts = CountryFacts.fromInstruments(d.instruments("LAW"), i -> {
            String path = SectionBIndicators.legalPath(i);
            return path == null ? "NOT_CLASSIFIED" : path;
        }).classify(keys -> {
            boolean comprehensive = keys.contains("COMPREHENSIVE_LAW");
            boolean amending = keys.contains("AMENDING_LAW");
            boolean code = keys.contains("CRIMINAL_CODE");
            if (comprehensive && (amending || code)) {
                return "MIXED";
            }
            return comprehensive ? "COMPREHENSIVE_LAW" : amending ? "AMENDING_LAW" : code ? "CRIMINAL_CODE" : "NOT_CLASSIFIED";
        });
        return Outcome.distribution(d.respondents(), Tally.categories("COMPREHENSIVE_LAW", "Comprehensive law",
                "CRIMINAL_CODE", "Directly in the Criminal Code", "AMENDING_LAW", "Law amending the Criminal Code",
                "MIXED", "Amending law and comprehensive law", "NOT_CLASSIFIED", "Law without a stated legal path"),
                facts, "No law in the snapshot");
    }

    /** The year trafficking was first criminalized: each country's earliest dated law, with that law behind it. */
    private static CountryFacts firstLaw(SnapshotData d, IntFunction<String> key) {
        Map<String, Integer> first = new TreeMap<>();
        for (InstrumentRecord i : d.instruments("LAW")) {
            if (i.yearStart() != null) {
                first.merge(i.country(), i.yearStart(), Math::min);
            }
        }
        CountryFacts facts = new CountryFacts();
        for (InstrumentRecord i : d.instruments("LAW")) {
            if (i.yearStart() != null && i.yearStart().equals(first.get(i.country()))) {
                facts.add(i.country(), key.apply(i.yearStart()), i.id(), null);
            }
        }
        return facts;
    }

    private static Outcome lawPeriod(SnapshotData d) {
        CountryFacts facts = firstLaw(d, y -> y <= 2005 ? "UP_TO_2005" : y <= 2015 ? "2006_2015" : "FROM_2016");
        return Outcome.share(d.respondents(), Tally.categories("UP_TO_2005", "2005 or earlier", "2006_2015", "2006 to 2015",
                "FROM_2016", "2016 or later"), facts, "No dated law", "2006_2015");
    }

    private static Outcome lawYear(SnapshotData d) {
        CountryFacts facts = firstLaw(d, String::valueOf);
        List<Integer> years = new ArrayList<>();
        List<Stats.Observation> observations = new ArrayList<>();
        facts.forEach((country, keys) -> keys.keySet().forEach(y -> {
            years.add(Integer.valueOf(y));
            observations.add(new Stats.Observation(country, Integer.parseInt(y)));
        }));
        return Outcome.distribution(d.respondents(), Tally.numbers(years, String::valueOf), facts, "No dated law")
                .stats(Stats.of(observations));
    }

    private static Outcome unitSphere(SnapshotData d) {
        CountryFacts facts = CountryFacts.fromInstruments(d.instruments("SPECIALIZED_UNIT"),
                i -> i.unit() == null || i.unit().sphere() == null ? "SPHERE_NOT_STATED" : i.unit().sphere());
        Outcome outcome = Outcome.distribution(d.respondents(), Tally.categories("POLICE", "Police",
                "PROSECUTOR", "Public prosecutor's office", "JUDICIAL", "Judiciary (specialized courts)",
                "MULTI_AGENCY", "Multi-agency unit or task force", "SPHERE_NOT_STATED", "Sphere not stated"), facts,
                "No specialized unit");
        Set<String> several = facts.within(d.respondents()).classify(k -> k.stream()
                .filter(sphere -> !sphere.equals("SPHERE_NOT_STATED")).count() > 1 ? "SEVERAL" : null).countries();
        return several.isEmpty() ? outcome : outcome.note("Units in more than one sphere: " + String.join(", ", several));
    }

    private static List<InstrumentRecord> investigationProtocols(SnapshotData d) {
        return d.instruments("PROTOCOL").stream()
                .filter(i -> i.protocol() != null && "CRIMINAL_INVESTIGATION".equals(i.protocol().kind())).toList();
    }

    private static Outcome protocolYear(SnapshotData d) {
        List<InstrumentRecord> protocols = investigationProtocols(d);
        List<Integer> years = protocols.stream().map(InstrumentRecord::yearStart).filter(y -> y != null).toList();
        Map<String, String> categories = Tally.numbers(years, String::valueOf);
        categories.put("NO_YEAR", "Year not stated");
        Tally tally = Tally.ofRecords(categories);
        List<Stats.Observation> observations = new ArrayList<>();
        for (InstrumentRecord i : protocols) {
            tally.add(i.yearStart() == null ? "NO_YEAR" : String.valueOf(i.yearStart()), i.country(), i.id(), null);
            if (i.yearStart() != null) {
                observations.add(new Stats.Observation(i.country(), i.yearStart()));
            }
        }
        return Outcome.records(tally, protocols.size(), years.size()).stats(Stats.of(observations));
    }

    private static Outcome protocolInstitution(SnapshotData d) {
        CountryFacts facts = CountryFacts.fromInstruments(investigationProtocols(d), i -> drafter(i.institution()));
        return Outcome.distribution(d.respondents(), Tally.categories("MINISTRY_INTERIOR", "Ministry of the Interior",
                "PROSECUTION", "Attorney General's or Public Prosecutor's Office", "MULTI_AGENCY_BODY", "Multi-agency body",
                "OTHER", "Other institution", "UNSPECIFIED", "Institution not stated"), facts, "No investigation protocol");
    }

    /**
     * Diagram 14's three drafters, read from the institution's name in English or Spanish. A ministry of the interior
     * comes first: Uruguay's "Ministerio del Interior y Fiscalía General" is a ministry's protocol in D.4 (L815).
     */
    static String drafter(String institution) {
        if (institution == null || institution.isBlank()) {
            return "UNSPECIFIED";
        }
        String name = institution.toLowerCase(Locale.ROOT);
        if (name.contains("interior")) {
            return "MINISTRY_INTERIOR";
        }
        if (containsAny(name, "fiscal", "prosecut", "ministerio público", "ministerio publico", "procura", "attorney")) {
            return "PROSECUTION";
        }
        if (containsAny(name, "mesa", "task force", "equipo de tareas", "comisión", "commission", "committee", "comité",
                "council", "consejo", "inter-agency", "interinstitucional", "intersectorial", "multi")) {
            return "MULTI_AGENCY_BODY";
        }
        return "OTHER";
    }

    static boolean containsAny(String text, String... parts) {
        for (String part : parts) {
            if (text.contains(part)) {
                return true;
            }
        }
        return false;
    }
}
