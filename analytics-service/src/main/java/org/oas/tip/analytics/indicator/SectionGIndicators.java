package org.oas.tip.analytics.indicator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** Section G, gender perspective: who heads the authority, gender entities, plans, women as a group, shelters. */
final class SectionGIndicators {

    private SectionGIndicators() {
    }

    static Map<String, Calculator> calculators() {
        Map<String, Calculator> c = new LinkedHashMap<>();
        c.put("G.head_sex", d -> Outcome.distribution(d.respondents(), Tally.categories("FEMALE", "Woman", "MALE", "Man"),
                Authority.code(d, "A.authority.head_sex", InstrumentRecord.Body::headSex), "Not known"));
        c.put("G.gender_entity_member", d -> Outcome.share(Authority.withBody(d), Tally.categories(
                "YES", "A gender or women's entity is a member", "NO", "No gender or women's entity"),
                Authority.yesNo(d, "A.authority.gender_entity_member", InstrumentRecord.Body::genderEntityMember),
                "Not classifiable", "YES"));
        c.put("G.chaired_by_gender_entity", d -> yesNo(d, "A.chair_gender_entity", "Chaired by a gender or women's entity",
                "Chaired by another entity"));
        c.put("G.gender_perspective", SectionGIndicators::genderPerspective);
        c.put("G.women_vulnerable", d -> yesNo(d, "G.women_vulnerable", "Women identified as vulnerable",
                "Women not identified"));
        c.put("G.shelters_for_women", d -> yesNo(d, "G.shelters_for_women", "Shelters for women victims",
                "None or not specified"));
        c.put("G.shelter_provider", SectionGIndicators::shelterProvider);
        c.put("G.shelter_type", SectionGIndicators::shelterType);
        c.put("G.shelter_children", d -> Outcome.share(shelterCountries(d), Tally.categories("YES", "Children accepted",
                "NO", "Children not accepted"), shelterFlag(d, "E.shelters.accepts_children",
                InstrumentRecord.Shelter::acceptsChildren, "YES", "NO").preferring("YES"),
                "Not stated", "YES"));
        return c;
    }

    private static Outcome yesNo(SnapshotData d, String linkId, String yes, String no) {
        return Outcome.share(d.respondents(), Tally.categories("YES", yes, "NO", no),
                CountryFacts.fromAnswers(d.answers(linkId), v -> Values.yesNo(Values.bool(v))), "No answer", "YES");
    }

    /** Any policy or plan of the country taking a gender perspective makes it a YES (G.3 asks about policies/plans). */
    private static Outcome genderPerspective(SnapshotData d) {
        CountryFacts facts = CountryFacts.fromInstruments(d.instruments("NATIONAL_POLICY"), SectionGIndicators::gender)
                .and(CountryFacts.fromInstruments(d.instruments("PLAN"), SectionGIndicators::gender))
                .and(CountryFacts.fromAnswers(d.answers("B.policies.gender_perspective"), v -> Values.yesNo(Values.bool(v))))
                .and(CountryFacts.fromAnswers(d.answers("B.plans.gender_perspective"), v -> Values.yesNo(Values.bool(v))))
                .preferring("YES");
        return Outcome.share(d.respondents(), Tally.categories("YES", "Gender perspective mentioned",
                "NO", "No mention of gender perspective"), facts, "No answer", "YES");
    }

    private static String gender(InstrumentRecord i) {
        return i.plan() == null ? null : Values.yesNo(i.plan().genderPerspective());
    }

    /** The countries with shelters: a shelter instrument, a shelter answer, or a yes to shelters for women. */
    static Set<String> shelterCountries(SnapshotData d) {
        Set<String> countries = new TreeSet<>();
        d.instruments("SHELTER").forEach(i -> countries.add(i.country()));
        for (String item : new String[] {"E.shelters.provider", "E.shelters.exclusive", "E.shelters.accepts_children"}) {
            d.answers(item).forEach(a -> countries.add(a.country()));
        }
        d.answers("G.shelters_for_women").stream().filter(a -> Boolean.TRUE.equals(Values.bool(a.value())))
                .forEach(a -> countries.add(a.country()));
        return countries;
    }

    private static Outcome shelterProvider(SnapshotData d) {
        CountryFacts facts = CountryFacts.fromInstruments(d.instruments("SHELTER"),
                        i -> i.shelter() == null ? null : i.shelter().provider())
                .and(CountryFacts.fromAnswers(d.answers("E.shelters.provider"), Values::text));
        return Outcome.distribution(shelterCountries(d), Tally.categories("STATE", "The State", "NGO", "NGOs",
                "BOTH", "State and NGOs together (hybrid)"), facts, "Provider not stated");
    }

    /** A country with both kinds of shelter counts in both (G.5: the patterns are not mutually exclusive). */
    private static Outcome shelterType(SnapshotData d) {
        CountryFacts facts = shelterFlag(d, "E.shelters.exclusive", InstrumentRecord.Shelter::exclusive, "EXCLUSIVE", "SHARED");
        return Outcome.share(shelterCountries(d), Tally.categories("EXCLUSIVE", "Exclusively for trafficking victims",
                "SHARED", "Shared with victims of other violence"), facts, "Not stated", "EXCLUSIVE");
    }

    /** A shelter flag from the registry and the answers, as {@code yes} / {@code no} keys. */
    private static CountryFacts shelterFlag(SnapshotData d, String linkId, Function<InstrumentRecord.Shelter, Boolean> field,
                                            String yes, String no) {
        Function<Boolean, String> key = b -> b == null ? null : b ? yes : no;
        return CountryFacts.fromInstruments(d.instruments("SHELTER"),
                        i -> i.shelter() == null ? null : key.apply(field.apply(i.shelter())))
                .and(CountryFacts.fromAnswers(d.answers(linkId), v -> key.apply(Values.bool(v))));
    }
}
