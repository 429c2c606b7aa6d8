package org.oas.tip.analytics.indicator;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.oas.tip.analytics.indicator.Expect.bucket;
import static org.oas.tip.analytics.indicator.Expect.compute;
import static org.oas.tip.analytics.indicator.Expect.headline;
import static org.oas.tip.analytics.indicator.Expect.ids;
import static org.oas.tip.analytics.indicator.Expect.keys;
import static org.oas.tip.analytics.indicator.Expect.percentage;
import static org.oas.tip.analytics.indicator.Expect.stats;
import static org.oas.tip.analytics.indicator.Fixtures.instrument;

/** Section B indicators on a hand-made snapshot of five countries in cycle 2015-2018. */
class SectionBIndicatorsTest {

    // AAA replaced its policy and its plan; BBB has a strategy ending in 2018, the reference year; CCC an ended program
    // without successor and a plan not yet started; DDD a roadmap without an end year and an ended plan; EEE only answered.
    private static final Snapshot WORLD = new Fixtures.World("AAA", "BBB", "CCC", "DDD", "EEE")
            .add(instrument(201, "AAA", "LAW").years(2005, null).law("CRIMINAL_CODE"),
                    instrument(202, "BBB", "LAW").years(2010, null).law(null),
                    instrument(203, "CCC", "LAW").years(2012, null).law("COMPREHENSIVE_LAW"),
                    instrument(210, "AAA", "NATIONAL_POLICY").years(2010, 2014).plan(null, 211L, null).online("http://a/p"),
                    instrument(211, "AAA", "NATIONAL_POLICY").years(2014, 2024).plan(null, null, null),
                    instrument(212, "BBB", "NATIONAL_POLICY").years(2012, null),
                    instrument(220, "AAA", "PLAN").years(2012, 2016).plan("PLAN_OF_ACTION", 221L, null).online("http://a/1"),
                    instrument(221, "AAA", "PLAN").years(2017, 2021).plan("PLAN_OF_ACTION", null, null),
                    instrument(222, "BBB", "PLAN").years(2016, 2018).plan("STRATEGY", null, null),
                    instrument(223, "CCC", "PLAN").years(2010, 2014).plan("PROGRAM", null, null).online("http://c/1"),
                    instrument(224, "CCC", "PLAN").years(2019, 2022),
                    instrument(225, "DDD", "PLAN").years(2006, null).plan("ROADMAP", null, null),
                    instrument(226, "DDD", "PLAN").years(2010, 2012).plan("PLAN_OF_ACTION", null, null))
            .answer(1, "AAA", "B.incorporation", "CONSTITUTION").answer(2, "DDD", "B.incorporation", "LAW")
            .answer(3, "EEE", "B.incorporation", "POLICY_OR_PLAN")
            .answer(4, "AAA", "B.plan_transition", "NEW_PLAN_ADOPTED").answer(5, "CCC", "B.plan_transition", "NO_NEW_PLAN")
            .answer(6, "EEE", "B.plan_transition", "NEW_PLAN_IN_PREPARATION")
            .snapshot();

    @Test
    void incorporationAddsTheRegistrysLawsPoliciesAndPlansToTheAnswers() {
        IndicatorResult r = compute("B.incorporation", WORLD);
        headline(r, 5, 5, 5, 100.0);
        bucket(r, "CONSTITUTION", 1, "AAA");
        // a criminal-code provision is the Criminal Code path, not a law
        bucket(r, "CRIMINAL_CODE", 1, "AAA");
        bucket(r, "LAW", 3, "BBB", "CCC", "DDD");
        bucket(r, "POLICY_OR_PLAN", 5, "AAA", "BBB", "CCC", "DDD", "EEE");
        bucket(r, "NO_DATA", 0);
        ids(r, "CRIMINAL_CODE", List.of(201L), List.of());
        ids(r, "LAW", List.of(202L, 203L), List.of(2L));
        ids(r, "POLICY_OR_PLAN", List.of(210L, 211L, 212L, 220L, 221L, 222L, 223L, 224L, 225L, 226L), List.of(3L));
    }

    @Test
    void policyAndPlanTypesCountCountriesOncePerType() {
        IndicatorResult r = compute("B.policy_plan_type", WORLD);
        headline(r, 4, 4, 5, 80.0);
        keys(r, "POLICY", "PLAN_OF_ACTION", "STRATEGY", "PROGRAM", "ROADMAP", "PLAN_TYPE_NOT_STATED", "NO_DATA");
        bucket(r, "POLICY", 2, "AAA", "BBB");
        bucket(r, "PLAN_OF_ACTION", 2, "AAA", "DDD");
        bucket(r, "STRATEGY", 1, "BBB");
        bucket(r, "PROGRAM", 1, "CCC");
        bucket(r, "ROADMAP", 1, "DDD");
        bucket(r, "PLAN_TYPE_NOT_STATED", 1, "CCC");
        bucket(r, "NO_DATA", 1, "EEE");
        ids(r, "PLAN_OF_ACTION", List.of(220L, 221L, 226L), List.of());
    }

    @Test
    void policyDurationLeavesOutTheReplacedPolicy() {
        IndicatorResult r = compute("B.policy_duration", WORLD);
        headline(r, 1, 1, 2, 50.0);
        keys(r, "10", "NO_PERIOD");
        bucket(r, "10", 1, "AAA");
        bucket(r, "NO_PERIOD", 1, "BBB");
        ids(r, "10", List.of(211L), List.of());
        stats(r, 1, 10.0, List.of(), 10.0, List.of("AAA"), 10.0, List.of("AAA"));
        assertEquals(List.of("Counted in policies, not countries: a country may hold several", "1 replaced policy(ies) left out"),
                r.notes());
    }

    @Test
    void planDurationIsEndMinusStartOverEveryPlan() {
        IndicatorResult r = compute("B.plan_duration", WORLD);
        headline(r, 6, 6, 7, 85.7);
        keys(r, "2", "3", "4", "NO_PERIOD");
        bucket(r, "2", 2, "BBB", "DDD");
        bucket(r, "3", 1, "CCC");
        bucket(r, "4", 3, "AAA", "CCC");
        bucket(r, "NO_PERIOD", 1, "DDD");
        ids(r, "4", List.of(220L, 221L, 223L), List.of());
        percentage(r, "4", 42.9);
        assertEquals("2 years", r.bucket("2").orElseThrow().label());
        stats(r, 6, 3.17, List.of(4.0), 2.0, List.of("BBB", "DDD"), 4.0, List.of("AAA", "CCC"));
    }

    @Test
    void planInForceIsReadAtTheLastYearOfTheCycle() {
        IndicatorResult r = compute("B.plan_in_force", WORLD);
        headline(r, 2, 2, 7, 28.6);
        keys(r, "IN_FORCE", "ENDED", "NOT_STARTED", "NO_PERIOD");
        // BBB's strategy ends in 2018, the reference year: still in force
        bucket(r, "IN_FORCE", 2, "AAA", "BBB");
        bucket(r, "ENDED", 3, "AAA", "CCC", "DDD");
        bucket(r, "NOT_STARTED", 1, "CCC");
        bucket(r, "NO_PERIOD", 1, "DDD");
        ids(r, "IN_FORCE", List.of(221L, 222L), List.of());
        assertEquals("In force in 2018", r.bucket("IN_FORCE").orElseThrow().label());
        assertEquals(List.of("Reference year 2018, the last year of cycle 2015-2018 (fallback: the snapshot has no reference date)"),
                r.notes());
    }

    // the registry's rule (InForce.at) at the reference date 2026-06-30: AAA's plan ENDED before it, BBB's after it, CCC's
    // withdrawn, DDD's repealed on the date itself and another running to 2026, EEE's open-ended since 2020
    private static final Snapshot STATUSES = new Fixtures.World("AAA", "BBB", "CCC", "DDD", "EEE").cycle("2023-2026")
            .referenceDate("2026-06-30")
            .add(instrument(301, "AAA", "PLAN").years(2020, 2030).status("ENDED", "2025-12-31"),
                    instrument(302, "BBB", "PLAN").years(2020, 2030).status("ENDED", "2026-09-30"),
                    instrument(303, "CCC", "PLAN").years(2020, 2030).status("WITHDRAWN", "2026-01-15"),
                    instrument(304, "DDD", "PLAN").years(2020, 2030).status("REPEALED", "2026-06-30"),
                    instrument(305, "DDD", "PLAN").years(2021, 2026).status("IN_FORCE", null),
                    instrument(306, "EEE", "PLAN").years(2020, null))
            .answer(1, "AAA", "B.plan_transition", "NEW_PLAN_IN_PREPARATION")
            .snapshot();

    @Test
    void aPlanEndedBeforeTheReferenceDateIsNotInForceOneEndedAfterItIsAndAWithdrawnOneNeverCounts() {
        IndicatorResult r = compute("B.plan_in_force", STATUSES);
        // CCC's withdrawn plan is in no bucket and not in the denominator
        headline(r, 2, 2, 5, 40.0);
        bucket(r, "IN_FORCE", 2, "BBB", "DDD");
        ids(r, "IN_FORCE", List.of(302L, 305L), List.of());
        bucket(r, "ENDED", 2, "AAA", "DDD");
        ids(r, "ENDED", List.of(301L, 304L), List.of());
        // in force by the registry's rule, but without an end year: apart, as the 2015-2018 report counts them
        bucket(r, "NO_PERIOD", 1, "EEE");
        bucket(r, "NOT_STARTED", 0);
        assertEquals("In force in 2026", r.bucket("IN_FORCE").orElseThrow().label());
        assertEquals(List.of("Reference year 2026, of the cycle's reference date 2026-06-30"), r.notes());
    }

    @Test
    void everyPlanStandsWhereTheRegistrysInForceRulePutsIt() {
        java.time.LocalDate d = java.time.LocalDate.parse("2026-06-30");
        for (InstrumentRecord i : STATUSES.instruments()) {
            String standing = SectionBIndicators.standing(i, d);
            boolean inForce = "IN_FORCE".equals(standing) || "NO_PERIOD".equals(standing) && i.yearEnd() == null
                    && i.yearStart() != null;
            assertEquals(i.inForceAt(d), inForce, () -> "plan " + i.id());
        }
        assertEquals(null, SectionBIndicators.standing(STATUSES.instruments().get(2), d), "withdrawn: nowhere");
    }

    @Test
    void aPlanEndedByItsStatusBeforeTheReferenceDateCountsAsEndedForTheTransition() {
        IndicatorResult r = compute("B.plan_transition", STATUSES);
        // AAA (ended 2025-12-31) and DDD (repealed on the date) ended; BBB's ends after the date, CCC's is withdrawn
        headline(r, 0, 0, 2, 0.0);
        bucket(r, "NEW_PLAN_IN_PREPARATION", 1, "AAA");
        bucket(r, "NO_DATA", 1, "DDD");
    }

    /** EEE's answer says its plan ended, though the snapshot holds no ended plan: it counts, so the buckets add up. */
    @Test
    void planTransitionIsOverTheCountriesWhosePlanEnded() {
        IndicatorResult r = compute("B.plan_transition", WORLD);
        headline(r, 1, 1, 4, 25.0);
        bucket(r, "NEW_PLAN_ADOPTED", 1, "AAA");
        bucket(r, "NEW_PLAN_IN_PREPARATION", 1, "EEE");
        bucket(r, "EVALUATION_UNDER_WAY", 0);
        bucket(r, "NO_NEW_PLAN", 1, "CCC");
        bucket(r, "NO_DATA", 1, "DDD");
        // AAA's answer and its ended plan with a successor both stand behind the new plan
        ids(r, "NEW_PLAN_ADOPTED", List.of(220L), List.of(4L));
        assertEquals(List.of("Reference year 2018, the last year of cycle 2015-2018 (fallback: the snapshot has no reference date)",
                "Transition reported without a plan ended before 2018 in the snapshot: EEE"), r.notes());
    }

    @Test
    void planOnlineCountsCountriesWithAnyPlanFound() {
        IndicatorResult r = compute("B.plan_online", WORLD);
        headline(r, 2, 2, 4, 50.0);
        keys(r, "FOUND_ONLINE", "NOT_FOUND");
        bucket(r, "FOUND_ONLINE", 2, "AAA", "CCC");
        bucket(r, "NOT_FOUND", 2, "BBB", "DDD");
        // AAA counts as found through plan 220 alone
        ids(r, "FOUND_ONLINE", List.of(220L, 223L), List.of());
        ids(r, "NOT_FOUND", List.of(222L, 225L, 226L), List.of());
    }

    @Test
    void policyOnlineIncludesAReplacedPolicyFoundOnline() {
        IndicatorResult r = compute("B.policy_online", WORLD);
        headline(r, 1, 1, 2, 50.0);
        bucket(r, "FOUND_ONLINE", 1, "AAA");
        bucket(r, "NOT_FOUND", 1, "BBB");
        ids(r, "FOUND_ONLINE", List.of(210L), List.of());
    }

    @Test
    void aCycleOfAnotherPeriodMovesTheReferenceYear() {
        Snapshot later = new Fixtures.World("AAA").cycle("2019-2022")
                .add(instrument(1, "AAA", "PLAN").years(2016, 2020)).snapshot();
        IndicatorResult r = compute("B.plan_in_force", later);
        bucket(r, "ENDED", 1, "AAA");
        assertEquals("Ended before 2022", r.bucket("ENDED").orElseThrow().label());
    }
}
