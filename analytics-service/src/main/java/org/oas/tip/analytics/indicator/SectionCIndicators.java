package org.oas.tip.analytics.indicator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Section C, the characterization of the crime: vulnerable populations, vulnerable areas, trafficking flows. */
final class SectionCIndicators {

    private static final String NO_ANSWER = "No answer";

    private SectionCIndicators() {
    }

    static Map<String, Calculator> calculators() {
        Map<String, Calculator> c = new LinkedHashMap<>();
        c.put("C.vulnerable_populations", d -> yesNo(d, "C.populations.identified", "Identified vulnerable groups",
                "Did not identify vulnerable groups"));
        c.put("C.population_variables", d -> codes(d, "C.populations.variables", Tally.categories("AGE", "Age", "SEX", "Sex",
                "SOCIOECONOMIC_LEVEL", "Socio-economic level", "MIGRATION_STATUS", "Migration status",
                "NATIONALITY", "Nationality", "ETHNICITY", "Ethnicity", "LGBTI", "LGBTI persons",
                "ECONOMIC_ACTIVITY", "Economic activity", "DISABILITY", "Disability", "OTHER", "Other")));
        c.put("C.vulnerable_areas", d -> yesNo(d, "C.areas.identified", "Described vulnerable areas",
                "Did not describe vulnerable areas"));
        c.put("C.area_basis", d -> codes(d, "C.areas.basis", Tally.categories(
                "BASIS_POLITICAL_ADMINISTRATIVE_DIVISION", "Political-administrative divisions", "BASIS_AREA_TYPE", "Type of area",
                "BASIS_CITIES_COMMUNITIES", "Cities and communities", "BASIS_HOTSPOTS", "Hotspots in a city",
                "BASIS_GENERAL", "General terms", "BASIS_OTHER_COUNTRIES", "Other countries or continents")));
        c.put("C.area_types", d -> codes(d, "C.areas.list.types", Tally.categories("TYPE_BORDER", "Border",
                "TYPE_COASTAL", "Coastal", "TYPE_RURAL", "Rural", "TYPE_LOW_ECONOMIC_DEVELOPMENT", "Little economic development",
                "TYPE_URBAN", "Urban", "TYPE_MINING", "Mining", "TYPE_TOURISM", "Tourism", "TYPE_OTHER", "Other")));
        c.put("C.area_sources", SectionCIndicators::areaSources);
        c.put("C.trafficking_flows", SectionCIndicators::flows);
        return c;
    }

    private static Outcome yesNo(SnapshotData d, String linkId, String yes, String no) {
        CountryFacts facts = CountryFacts.fromAnswers(d.answers(linkId), v -> Values.yesNo(Values.bool(v)));
        return Outcome.share(d.respondents(), Tally.categories("YES", yes, "NO", no), facts, NO_ANSWER, "YES");
    }

    /** A multi-answer item: a country counts once in each code it gave (repeating groups included). */
    private static Outcome codes(SnapshotData d, String linkId, Map<String, String> categories) {
        return Outcome.distribution(d.respondents(), categories, CountryFacts.fromAnswers(d.answers(linkId), Values::text),
                NO_ANSWER);
    }

    /** Diagram 9 groups the sources of vulnerable-area information as institutions, instruments, or both. */
    private static Outcome areaSources(SnapshotData d) {
        CountryFacts facts = CountryFacts.fromAnswers(d.answers("C.areas.sources"), Values::text).classify(keys -> {
            boolean institutions = keys.stream().anyMatch(k -> k.startsWith("INSTITUTION_"));
            boolean instruments = keys.stream().anyMatch(k -> k.startsWith("INSTRUMENT_"));
            return institutions && instruments ? "BOTH" : institutions ? "INSTITUTIONS" : instruments ? "INSTRUMENTS" : null;
        });
        return Outcome.distribution(d.respondents(), Tally.categories("INSTITUTIONS", "Institutions",
                "INSTRUMENTS", "Instruments (reports, rulings, records)", "BOTH", "Institutions and instruments"), facts,
                "No source given");
    }

    private static Outcome flows(SnapshotData d) {
        CountryFacts facts = CountryFacts.fromAnswers(d.answers("C.flows.types"), Values::text);
        Outcome outcome = Outcome.distribution(d.respondents(), Tally.categories("INTERNAL", "Internal (domestic)",
                "INTRA_REGIONAL", "Intra-regional (within the Americas)", "INTER_REGIONAL", "Inter-regional"), facts, NO_ANSWER);
        Set<String> all = facts.within(d.respondents()).classify(
                keys -> keys.containsAll(Set.of("INTERNAL", "INTRA_REGIONAL", "INTER_REGIONAL")) ? "ALL" : null).countries();
        return all.isEmpty() ? outcome : outcome.note("All three levels: " + String.join(", ", all));
    }
}
