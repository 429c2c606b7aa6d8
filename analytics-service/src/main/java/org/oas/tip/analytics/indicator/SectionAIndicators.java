package org.oas.tip.analytics.indicator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Section A, the national authority: model, chair, approach, website, and the inter-agency bodies' second triad. */
final class SectionAIndicators {

    private static final Set<String> THREE_PS = Set.of("PREVENTION", "PROSECUTION", "PROTECTION");

    private SectionAIndicators() {
    }

    static Map<String, Calculator> calculators() {
        Map<String, Calculator> c = new LinkedHashMap<>();
        c.put("A.authority_model", SectionAIndicators::authorityModel);
        c.put("A.chair_public_security", SectionAIndicators::chairPublicSecurity);
        c.put("A.chair_type", SectionAIndicators::chairType);
        c.put("A.approach", SectionAIndicators::approach);
        c.put("A.website_type", SectionAIndicators::websiteType);
        c.put("A.establishment", SectionAIndicators::establishment);
        c.put("A.member_institutions", SectionAIndicators::memberInstitutions);
        c.put("A.composition", SectionAIndicators::composition);
        c.put("A.civil_society_count", SectionAIndicators::civilSocietyCount);
        return c;
    }

    private static Outcome authorityModel(SnapshotData d) {
        return Outcome.distribution(d.respondents(), Tally.categories("SOLE", "Sole authority",
                "COLLEGIATE", "Collegiate (inter-agency) authority", "HYBRID", "Hybrid authority"),
                Authority.models(d), "Model not known");
    }

    private static Outcome chairPublicSecurity(SnapshotData d) {
        CountryFacts facts = Authority.yesNo(d, "A.authority.chair_public_security", InstrumentRecord.Body::chairPublicSecurity);
        return Outcome.share(d.respondents(), Tally.categories("YES", "Chaired from the public-security system",
                "NO", "Chaired from outside the public-security system"), facts, "Not known", "YES");
    }

    private static Outcome chairType(SnapshotData d) {
        CountryFacts facts = CountryFacts.fromAnswers(d.answers("A.chair_type"), Values::text);
        return Outcome.distribution(d.respondents(), Tally.categories(
                "MINISTRY_INTERIOR", "Ministry of the Interior", "MINISTRY_SECURITY", "Ministry of (public, national) security",
                "MINISTRY_JUSTICE", "Ministry of Justice", "ATTORNEY_GENERAL", "Attorney General",
                "MINISTRY_FOREIGN_AFFAIRS", "Ministry of Foreign Affairs",
                "MINISTRY_SOCIAL_DEVELOPMENT", "Ministry of (social) development",
                "PRESIDENCY_OR_CABINET_OFFICE", "Presidency or cabinet office", "MIGRATION_AUTHORITY", "Migration authority",
                "OTHER", "Other institution"), facts, "Chair not known");
    }

    /** How many of the three P's the authority covers; the fourth P (partnership) is named in a note. */
    private static Outcome approach(SnapshotData d) {
        CountryFacts answered = CountryFacts.fromAnswers(d.answers("A.authority.approaches"), Values::text);
        CountryFacts registry = CountryFacts.fromInstrumentsMulti(d.instruments("INTER_AGENCY_BODY"),
                i -> i.body() == null || i.body().approaches() == null ? Set.of() : i.body().approaches());
        CountryFacts approaches = answered.orElse(registry).within(d.respondents());
        CountryFacts counted = approaches.classify(keys -> switch ((int) keys.stream().filter(THREE_PS::contains).count()) {
            case 3 -> "THREE_PS";
            case 2 -> "TWO_PS";
            case 1 -> "ONE_P";
            default -> "NONE";
        });
        Outcome outcome = Outcome.distribution(d.respondents(), Tally.categories("THREE_PS",
                "Prevention, prosecution and protection", "TWO_PS", "Two of the three P's", "ONE_P", "One of the three P's",
                "NONE", "None of the three P's"), counted, "No answer");
        Set<String> partnership = approaches.countriesWith("PARTNERSHIP");
        return partnership.isEmpty() ? outcome : outcome.note("A fourth P, partnership: " + String.join(", ", partnership));
    }

    /** The answer, else TIP_SPECIFIC for a country holding a website instrument (Appendix 2 lists trafficking websites). */
    private static Outcome websiteType(SnapshotData d) {
        CountryFacts answered = CountryFacts.fromAnswers(d.answers("A.website_type"), Values::text);
        CountryFacts registry = CountryFacts.fromInstruments(d.instruments("WEBSITE"), i -> "TIP_SPECIFIC");
        return Outcome.distribution(d.respondents(), Tally.categories("TIP_SPECIFIC", "Website specific to trafficking",
                "GENERIC", "Generic website", "NONE", "No website"), answered.orElse(registry), "No answer");
    }

    private static Outcome establishment(SnapshotData d) {
        Set<String> bodies = Authority.withBody(d);
        CountryFacts facts = Authority.code(d, "A.authority.established_by", InstrumentRecord.Body::establishedBy);
        return Outcome.share(bodies, Tally.categories("LAW", "Law", "DECREE", "Executive decree",
                "ADMINISTRATIVE_DECISION", "Administrative decision"), facts, "No information", "LAW");
    }

    /**
     * Questionnaire only: the registry may hold several bodies for one country without saying which is the national
     * authority, and a secondary body's members (Brazil's Tripartite Office of 3) would pass for the authority's.
     */
    /**
     * The answer; for a country that did not answer the item (a cycle whose authority group became a registry record),
     * the registry's count of its bodies, the largest if several. An answer that is no number (">21") stays unknown.
     */
    private static Outcome memberInstitutions(SnapshotData d) {
        Set<String> bodies = Authority.withBody(d);
        List<Answer> answers = d.answers("A.authority.public_institution_count");
        Map<String, Counts.Count> counts = Counts.ofAnswers(answers, bodies);
        Set<String> answered = answers.stream().map(Answer::country).collect(Collectors.toSet());
        Counts.ofInstruments(d.instruments("INTER_AGENCY_BODY"), i -> i.body() == null ? null : i.body().publicInstitutionCount(),
                bodies).forEach((country, count) -> {
                    if (!answered.contains(country)) {
                        counts.put(country, count);
                    }
                });
        return Counts.ranges(counts, bodies, Tally.categories("UP_TO_10", "10 or fewer", "11_15", "11 to 15",
                "16_20", "16 to 20", "21_PLUS", "21 or more"),
                v -> v <= 10 ? "UP_TO_10" : v <= 15 ? "11_15" : v <= 20 ? "16_20" : "21_PLUS", Outcome.NO_DATA,
                "Number not given");
    }

    private static Outcome composition(SnapshotData d) {
        CountryFacts facts = Authority.yesNo(d, "A.authority.civil_society_included",
                InstrumentRecord.Body::civilSocietyIncluded).renamed(k -> k.equals("YES") ? "MIXED" : "UNIFORM");
        return Outcome.share(Authority.withBody(d), Tally.categories("MIXED", "Mixed: with civil-society organizations",
                "UNIFORM", "Uniform: State entities only"), facts, "Not known", "MIXED");
    }

    /**
     * Over the mixed bodies; the registry's count of a country's bodies is the fallback (the largest, if several). A mixed
     * body without a number is "not specified", with the answer or body that makes it mixed behind it.
     */
    private static Outcome civilSocietyCount(SnapshotData d) {
        CountryFacts included = Authority.yesNo(d, "A.authority.civil_society_included",
                InstrumentRecord.Body::civilSocietyIncluded).within(d.respondents()).preferring("YES");
        Set<String> mixed = new TreeSet<>(included.countriesWith("YES"));
        Map<String, Counts.Count> counts = Counts.ofAnswers(d.answers("A.authority.civil_society_count"), d.respondents());
        Counts.ofInstruments(d.instruments("INTER_AGENCY_BODY"), i -> i.body() == null ? null : i.body().civilSocietyCount(),
                d.respondents()).forEach(counts::putIfAbsent);
        mixed.addAll(counts.keySet());
        return Counts.ranges(counts, mixed, Tally.categories("UNDER_5", "1 to 4 (1 ≤ x < 5)", "5_9", "5 to 9",
                "10_PLUS", "10 or more"), v -> v < 5 ? "UNDER_5" : v < 10 ? "5_9" : "10_PLUS", "UNSPECIFIED",
                "Number not specified", included);
    }
}
