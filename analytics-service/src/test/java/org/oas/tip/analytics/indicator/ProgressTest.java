package org.oas.tip.analytics.indicator;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.oas.tip.analytics.indicator.Fixtures.instrument;

/** Two cycles of two countries: between them AAA adopts a plan and opens a dedicated line. */
class ProgressTest {

    private static final Engine ENGINE = new Engine();
    private static final Fixtures.Instrument[] SHARED = {
        instrument(801, "BBB", "PLAN").years(2016, 2020).plan("PLAN_OF_ACTION", null, null),
        instrument(802, "BBB", "REPORTING_CHANNEL").channel("DEDICATED_TIP_LINE", null, "145")};

    private static final List<IndicatorResult> BEFORE = ENGINE.computeAll(new Fixtures.World("AAA", "BBB")
            .add(SHARED).snapshot());
    private static final List<IndicatorResult> AFTER = ENGINE.computeAll(new Fixtures.World("AAA", "BBB")
            .add(SHARED)
            .add(instrument(803, "AAA", "PLAN").years(2018, 2022).plan("PLAN_OF_ACTION", null, null),
                    instrument(804, "AAA", "REPORTING_CHANNEL").channel("DEDICATED_TIP_LINE", null, "111"))
            .snapshot());

    private static IndicatorChange change(List<IndicatorChange> changes, String code) {
        return changes.stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    private static BucketChange bucket(IndicatorChange change, String key) {
        return change.buckets().stream().filter(b -> b.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void aCountryAdoptingAPlanMovesIntoTheInForceBucket() {
        IndicatorChange c = change(Progress.compare(BEFORE, AFTER), "B.plan_in_force");
        assertEquals(1, c.valueBefore());
        assertEquals(2, c.valueAfter());
        assertEquals(1, c.valueChange());
        BucketChange inForce = bucket(c, "IN_FORCE");
        assertEquals(List.of(1, 2, 1), List.of(inForce.countBefore(), inForce.countAfter(), inForce.change()));
        assertEquals(List.of("AAA"), inForce.countriesIn());
        assertEquals(List.of(), inForce.countriesOut());
        assertFalse(bucket(c, "ENDED").changed());
    }

    @Test
    void aCountryThatAnsweredOnlyOneCycleNeitherEntersNorLeavesACategory() {
        // the later cycle: CCC answers for the first time, BBB does not answer
        List<IndicatorResult> later = ENGINE.computeAll(new Fixtures.World("AAA", "CCC")
                .add(instrument(803, "AAA", "PLAN").years(2018, 2022).plan("PLAN_OF_ACTION", null, null),
                        instrument(805, "CCC", "PLAN").years(2017, 2021).plan("PLAN_OF_ACTION", null, null))
                .snapshot());
        Respondents respondents = Respondents.of(List.of("AAA", "BBB"), List.of("AAA", "CCC"));
        assertEquals(List.of("AAA"), respondents.both());
        assertEquals(List.of("BBB"), respondents.onlyBefore());
        assertEquals(List.of("CCC"), respondents.onlyAfter());
        BucketChange inForce = bucket(change(Progress.compare(BEFORE, later, respondents), "B.plan_in_force"), "IN_FORCE");
        assertEquals(List.of("AAA"), inForce.countriesIn(), "AAA adopted a plan; CCC's first answer is no move");
        assertEquals(List.of(), inForce.countriesOut(), "BBB did not answer: it did not leave");
        assertEquals(List.of(1, 2), List.of(inForce.countBefore(), inForce.countAfter()), "the counts stay each cycle's own");
        // without the respondents, the naive comparison would have BBB leave and CCC enter
        BucketChange naive = bucket(change(Progress.compare(BEFORE, later), "B.plan_in_force"), "IN_FORCE");
        assertEquals(List.of("AAA", "CCC"), naive.countriesIn());
        assertEquals(List.of("BBB"), naive.countriesOut());
    }

    @Test
    void sharesAndMeansStandBeforeAndAfter() {
        List<IndicatorChange> changes = Progress.compare(BEFORE, AFTER);
        BucketChange number = bucket(change(changes, "E.dedicated_line"), "NUMBER_GIVEN");
        assertEquals(50.0, number.percentageBefore());
        assertEquals(100.0, number.percentageAfter());
        // both plans run four years: the mean stays, over one plan and then two
        IndicatorChange duration = change(changes, "B.plan_duration");
        assertEquals(4.0, duration.meanBefore());
        assertEquals(4.0, duration.meanAfter());
        assertNull(change(changes, "E.dedicated_line").meanBefore(), "not a numeric indicator");
    }

    @Test
    void aCountryOpeningALineLeavesTheNoLineBucket() {
        IndicatorChange c = change(Progress.compare(BEFORE, AFTER), "E.dedicated_line");
        assertEquals(1, c.valueChange());
        assertEquals(50.0, c.percentageBefore());
        assertEquals(100.0, c.percentageAfter());
        assertEquals(List.of("AAA"), bucket(c, "NUMBER_GIVEN").countriesIn());
        BucketChange none = bucket(c, "NO_DATA");
        assertEquals(-1, none.change());
        assertEquals(List.of("AAA"), none.countriesOut());
    }

    @Test
    void theNewPlanAlsoShowsInThePlanTypes() {
        IndicatorChange c = change(Progress.compare(BEFORE, AFTER), "B.policy_plan_type");
        assertEquals(List.of("AAA"), bucket(c, "PLAN_OF_ACTION").countriesIn());
        assertEquals(List.of("AAA"), bucket(c, "NO_DATA").countriesOut());
    }

    @Test
    void untouchedIndicatorsShowNoChange() {
        List<IndicatorChange> changes = Progress.compare(BEFORE, AFTER);
        assertEquals(50, changes.size());
        assertFalse(change(changes, "D.legal_path").changed());
        assertEquals(List.of("B.incorporation", "B.plan_duration", "B.plan_in_force", "B.plan_online", "B.policy_plan_type",
                        "E.channel_type", "E.dedicated_line", "E.dedicated_line_features", "E.dedicated_line_score"),
                changes.stream().filter(IndicatorChange::changed).map(IndicatorChange::code).sorted().toList());
    }

    @Test
    void anIndicatorMissingOnOneSideHasNoValueChange() {
        List<IndicatorResult> older = BEFORE.stream().filter(r -> !r.code().equals("G.head_sex")).toList();
        IndicatorChange c = change(Progress.compare(older, AFTER), "G.head_sex");
        assertNull(c.valueBefore());
        assertEquals(0, c.valueAfter());
        assertNull(c.valueChange());
        assertTrue(c.changed());
        assertEquals(List.of("AAA", "BBB"), bucket(c, "NO_DATA").countriesIn());
    }
}
