package org.oas.tip.analytics.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Section B, legislation, policies and plans: how the topic entered, the instruments, their periods and accessibility. */
final class SectionBIndicators {

    private SectionBIndicators() {
    }

    static Map<String, Calculator> calculators() {
        Map<String, Calculator> c = new LinkedHashMap<>();
        c.put("B.incorporation", SectionBIndicators::incorporation);
        c.put("B.policy_plan_type", SectionBIndicators::policyPlanType);
        c.put("B.policy_duration", SectionBIndicators::policyDuration);
        c.put("B.plan_duration", d -> durations(d.instruments("PLAN"), "plans"));
        c.put("B.plan_in_force", SectionBIndicators::planInForce);
        c.put("B.plan_transition", SectionBIndicators::planTransition);
        c.put("B.plan_online", d -> online(d.instruments("PLAN")));
        c.put("B.policy_online", d -> online(d.instruments("NATIONAL_POLICY")));
        return c;
    }

    /**
     * The answers plus what the registry shows: a criminal-code provision means the Criminal Code path, any other law the
     * law path, a policy or plan the policy path (B.1 counts 30 law countries: the 33 minus Canada, Ecuador, Suriname).
     */
    private static Outcome incorporation(SnapshotData d) {
        CountryFacts facts = CountryFacts.fromAnswers(d.answers("B.incorporation"), Values::text)
                .and(CountryFacts.fromInstruments(d.instruments("LAW"),
                        i -> "CRIMINAL_CODE".equals(legalPath(i)) ? "CRIMINAL_CODE" : "LAW"))
                .and(CountryFacts.fromInstruments(d.instruments("NATIONAL_POLICY"), i -> "POLICY_OR_PLAN"))
                .and(CountryFacts.fromInstruments(d.instruments("PLAN"), i -> "POLICY_OR_PLAN"));
        return Outcome.distribution(d.respondents(), Tally.categories("CONSTITUTION", "Constitutional amendment",
                "CRIMINAL_CODE", "Criminal Code", "LAW", "Law", "POLICY_OR_PLAN", "National policy or plan"), facts,
                "Not known");
    }

    private static Outcome policyPlanType(SnapshotData d) {
        CountryFacts facts = CountryFacts.fromInstruments(d.instruments("NATIONAL_POLICY"), i -> "POLICY")
                .and(CountryFacts.fromInstruments(d.instruments("PLAN"),
                        i -> i.plan() == null || i.plan().planType() == null ? "PLAN_TYPE_NOT_STATED" : i.plan().planType()));
        return Outcome.distribution(d.respondents(), Tally.categories("POLICY", "National policy",
                "PLAN_OF_ACTION", "Plan (of action, national, strategic)", "STRATEGY", "Strategy", "PROGRAM", "Program",
                "ROADMAP", "Roadmap", "PLAN_TYPE_NOT_STATED", "Plan of unstated type"), facts, "No policy or plan");
    }

    /** Table 1 shows the policies in force, so a policy the registry marks as replaced (it has a successor) is left out. */
    private static Outcome policyDuration(SnapshotData d) {
        List<InstrumentRecord> current = new ArrayList<>();
        int replaced = 0;
        for (InstrumentRecord i : d.instruments("NATIONAL_POLICY")) {
            if (i.plan() != null && i.plan().successorId() != null) {
                replaced++;
            } else {
                current.add(i);
            }
        }
        Outcome outcome = durations(current, "policies");
        return replaced == 0 ? outcome : outcome.note(replaced + " replaced policy(ies) left out");
    }

    /** Duration is end year minus start year, as the report counts it (2016-2018 is 2 years). */
    static Integer duration(InstrumentRecord i) {
        if (i.yearStart() == null || i.yearEnd() == null || i.yearEnd() < i.yearStart()) {
            return null;
        }
        return i.yearEnd() - i.yearStart();
    }

    private static Outcome durations(List<InstrumentRecord> instruments, String unit) {
        List<Integer> values = new ArrayList<>();
        instruments.stream().map(SectionBIndicators::duration).filter(v -> v != null).forEach(values::add);
        Map<String, String> categories = Tally.numbers(values, v -> v + (v == 1 ? " year" : " years"));
        categories.put("NO_PERIOD", "No start and end year");
        Tally tally = Tally.ofRecords(categories);
        List<Stats.Observation> observations = new ArrayList<>();
        for (InstrumentRecord i : instruments) {
            Integer v = duration(i);
            tally.add(v == null ? "NO_PERIOD" : String.valueOf(v), i.country(), i.id(), null);
            if (v != null) {
                observations.add(new Stats.Observation(i.country(), v));
            }
        }
        return Outcome.records(tally, instruments.size(), values.size()).stats(Stats.of(observations))
                .note("Counted in " + unit + ", not countries: a country may hold several");
    }

    /**
     * Where a plan stands at the reference date D. Whether it is in force is the registry's one rule
     * ({@link InstrumentRecord#inForceAt}, registry-service {@code InForce}, the {@code inForceAt} parameter of its
     * instrument list): not WITHDRAWN, not ENDED/REPEALED with statusDate <= D, yearStart <= year(D), yearEnd absent or
     * >= year(D). Of the plans in force, those without an end year are NO_PERIOD, apart from IN_FORCE: the 2015-2018
     * report counts as in force only the plans whose period it could confirm (14, L157). A plan not in force is ENDED
     * (ended by its status, or its end year before year(D)), NOT_STARTED, or NO_PERIOD when it has no start year.
     * A withdrawn plan (reported in error) stands nowhere: null.
     */
    static String standing(InstrumentRecord i, LocalDate date) {
        if (i.isWithdrawn()) {
            return null;
        }
        int year = date.getYear();
        if (i.inForceAt(date)) {
            return i.yearEnd() == null ? "NO_PERIOD" : "IN_FORCE";
        }
        if (i.endedBy(date) || i.yearEnd() != null && i.yearEnd() < year) {
            return "ENDED";
        }
        if (i.yearStart() != null && i.yearStart() > year) {
            return "NOT_STARTED";
        }
        return "NO_PERIOD";
    }

    private static Outcome planInForce(SnapshotData d) {
        int year = d.referenceYear();
        LocalDate date = d.referenceDate();
        Tally tally = Tally.ofRecords(Tally.categories("IN_FORCE", "In force in " + year, "ENDED", "Ended before " + year,
                "NOT_STARTED", "Starting after " + year, "NO_PERIOD", "No end year (period undetermined)"));
        List<InstrumentRecord> plans = d.instruments("PLAN").stream().filter(i -> standing(i, date) != null).toList();
        int inForce = 0;
        for (InstrumentRecord i : plans) {
            String key = standing(i, date);
            tally.add(key, i.country(), i.id(), null);
            inForce += key.equals("IN_FORCE") ? 1 : 0;
        }
        return Outcome.records(tally, plans.size(), inForce).note(d.referenceYearNote());
    }

    /** The transitions from the most to the least advanced, so a country with two (answer and registry) counts once. */
    private static final List<String> TRANSITIONS = List.of("NEW_PLAN_ADOPTED", "NEW_PLAN_IN_PREPARATION",
            "EVALUATION_UNDER_WAY", "NO_NEW_PLAN");

    /**
     * Over the countries whose plan ended: a plan the registry shows ended before the reference year, or the country's
     * own transition answer (it says a plan ended even when the registry holds no end year). Each country is in one
     * bucket: a new plan is a transition answer or an ended plan whose successor the registry holds, and of two
     * transitions the most advanced counts, with the evidence of both behind it; so the buckets add up to the
     * denominator. The countries counted by their answer alone are named in a note.
     */
    private static Outcome planTransition(SnapshotData d) {
        int year = d.referenceYear();
        LocalDate date = d.referenceDate();
        CountryFacts ended = CountryFacts.fromInstruments(d.instruments("PLAN"),
                i -> "ENDED".equals(standing(i, date)) ? "ENDED" : null);
        CountryFacts facts = CountryFacts.fromAnswers(d.answers("B.plan_transition"), Values::text)
                .and(CountryFacts.fromInstruments(d.instruments("PLAN"), i -> "ENDED".equals(standing(i, date))
                        && i.plan() != null && i.plan().successorId() != null ? "NEW_PLAN_ADOPTED" : null))
                .classify(keys -> TRANSITIONS.stream().filter(keys::contains).findFirst()
                        .orElseGet(() -> keys.iterator().next()));
        Set<String> base = new TreeSet<>(ended.countries());
        base.addAll(facts.countries());
        Tally tally = Tally.ofCountries(Tally.categories("NEW_PLAN_ADOPTED", "New plan adopted",
                "NEW_PLAN_IN_PREPARATION", "New plan in preparation", "EVALUATION_UNDER_WAY", "Evaluation under way",
                "NO_NEW_PLAN", "No new plan")).addAll(facts)
                .missing(Outcome.NO_DATA, "Plan ended, no transition known", base, facts.countries(), ended);
        int adopted = facts.countriesWith("NEW_PLAN_ADOPTED").size();
        Outcome outcome = new Outcome(adopted, adopted, base.size(), tally.buckets(base.size()), null,
                List.of(d.referenceYearNote()));
        Set<String> unmatched = new TreeSet<>(facts.countries());
        unmatched.removeAll(ended.countries());
        return unmatched.isEmpty() ? outcome : outcome.note("Transition reported without a plan ended before " + year
                + " in the snapshot: " + String.join(", ", unmatched));
    }

    /** Countries holding the kind, by whether at least one of their documents was found online. */
    private static Outcome online(List<InstrumentRecord> instruments) {
        CountryFacts facts = CountryFacts.fromInstruments(instruments,
                i -> Boolean.TRUE.equals(i.foundOnline()) ? "FOUND_ONLINE" : "NOT_FOUND").preferring("FOUND_ONLINE");
        Set<String> base = new TreeSet<>(facts.countries());
        return Outcome.share(base, Tally.categories("FOUND_ONLINE", "Found online", "NOT_FOUND", "Not found online"), facts,
                null, "FOUND_ONLINE");
    }

    static String legalPath(InstrumentRecord i) {
        return i.law() == null ? null : i.law().legalPath();
    }
}
