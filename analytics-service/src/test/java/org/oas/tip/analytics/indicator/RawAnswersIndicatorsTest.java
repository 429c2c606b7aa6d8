package org.oas.tip.analytics.indicator;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.oas.tip.analytics.indicator.Expect.bucket;
import static org.oas.tip.analytics.indicator.Expect.compute;
import static org.oas.tip.analytics.indicator.Expect.headline;
import static org.oas.tip.analytics.indicator.Expect.ids;

/**
 * A second cycle's raw answers feed the indicators that name their items, with no coding; an analyst's code on a
 * country's item overrides that country's raw answers of the item, and both kinds show in the drill-down.
 */
class RawAnswersIndicatorsTest {

    /** Raw answers only: AAA, BBB and CCC answered the structured questionnaire, DDD did not. */
    static final Snapshot RAW = new Fixtures.World("AAA", "BBB", "CCC", "DDD").cycle("2023-2026")
            .raw("AAA", "A.chair_type", "/A/A.chair_type", "MINISTRY_SECURITY")
            .raw("BBB", "A.chair_type", "/A/A.chair_type", "MINISTRY_JUSTICE")
            .raw("CCC", "A.chair_type", "/A/A.chair_type", "MINISTRY_SECURITY")
            .raw("AAA", "B.plan_transition", "/B/B.plan_transition", "NEW_PLAN_ADOPTED")
            .raw("BBB", "B.plan_transition", "/B/B.plan_transition", "EVALUATION_UNDER_WAY")
            .raw("AAA", "C.flows.types", "/C/C.flows/C.flows.types/0", "INTERNAL")
            .raw("AAA", "C.flows.types", "/C/C.flows/C.flows.types/1", "INTRA_REGIONAL")
            .raw("AAA", "C.flows.types", "/C/C.flows/C.flows.types/2", "INTER_REGIONAL")
            .raw("BBB", "C.flows.types", "/C/C.flows/C.flows.types/0", "INTERNAL")
            .raw("AAA", "G.women_vulnerable", "/G/G.women_vulnerable", true)
            .raw("BBB", "G.women_vulnerable", "/G/G.women_vulnerable", false)
            .raw("CCC", "F.tip_statistics_differentiated", "/F/F.tip_statistics_differentiated", true)
            .snapshot();

    @Test
    void chairTypeCountsTheRawAnswers() {
        IndicatorResult r = compute("A.chair_type", RAW);
        headline(r, 3, 3, 4, 75.0);
        Bucket security = bucket(r, "MINISTRY_SECURITY", 2, "AAA", "CCC");
        assertEquals(List.of("AAA#/A/A.chair_type", "CCC#/A/A.chair_type"), security.answerRefs());
        assertEquals(List.of(), security.answerIds());
        bucket(r, "MINISTRY_JUSTICE", 1, "BBB");
        bucket(r, "NO_DATA", 1, "DDD");
    }

    @Test
    void planTransitionCountsTheRawAnswers() {
        IndicatorResult r = compute("B.plan_transition", RAW);
        headline(r, 1, 1, 2, 50.0);
        assertEquals(List.of("AAA#/B/B.plan_transition"), bucket(r, "NEW_PLAN_ADOPTED", 1, "AAA").answerRefs());
        assertEquals(List.of("BBB#/B/B.plan_transition"), bucket(r, "EVALUATION_UNDER_WAY", 1, "BBB").answerRefs());
    }

    @Test
    void flowsCountEachValueOfARepeatedChoice() {
        IndicatorResult r = compute("C.trafficking_flows", RAW);
        headline(r, 2, 2, 4, 50.0);
        assertEquals(List.of("AAA#/C/C.flows/C.flows.types/0", "BBB#/C/C.flows/C.flows.types/0"),
                bucket(r, "INTERNAL", 2, "AAA", "BBB").answerRefs());
        bucket(r, "INTER_REGIONAL", 1, "AAA");
        assertEquals(List.of("All three levels: AAA"), r.notes());
    }

    @Test
    void yesNoItemsCountTheRawBooleans() {
        IndicatorResult women = compute("G.women_vulnerable", RAW);
        headline(women, 1, 1, 4, 25.0);
        bucket(women, "NO", 1, "BBB");
        IndicatorResult statistics = compute("F.tip_statistics", RAW);
        headline(statistics, 1, 1, 1, 100.0);
        assertEquals(List.of("CCC#/F/F.tip_statistics_differentiated"), statistics.bucket("YES").orElseThrow().answerRefs());
    }

    /** BBB's chair is coded: the code (id 7) replaces BBB's raw answer; AAA and CCC keep theirs. */
    @Test
    void aCodeOverridesTheRawAnswerOfTheSameCountryAndItem() {
        Snapshot coded = new Fixtures.World("AAA", "BBB", "CCC").cycle("2023-2026")
                .raw("AAA", "A.chair_type", "/A/A.chair_type", "MINISTRY_SECURITY")
                .raw("BBB", "A.chair_type", "/A/A.chair_type", "OTHER")
                .raw("CCC", "A.chair_type", "/A/A.chair_type", "MINISTRY_SECURITY")
                .raw("BBB", "D.strategies", "/D/D.strategies/0", "REACTIVE")
                .answer(7, "BBB", "A.chair_type", "MINISTRY_SECURITY")
                .snapshot();
        IndicatorResult r = compute("A.chair_type", coded);
        headline(r, 3, 3, 3, 100.0);
        Bucket security = bucket(r, "MINISTRY_SECURITY", 3, "AAA", "BBB", "CCC");
        ids(r, "MINISTRY_SECURITY", List.of(), List.of(7L));
        assertEquals(List.of("AAA#/A/A.chair_type", "CCC#/A/A.chair_type"), security.answerRefs());
        bucket(r, "OTHER", 0);
        // a code on another item leaves BBB's raw strategies as they are
        assertEquals(List.of("BBB#/D/D.strategies/0"),
                compute("D.investigation_strategies", coded).bucket("REACTIVE").orElseThrow().answerRefs());
    }

    /** A raw answer of a country that is not a respondent counts nowhere, as a coded one. */
    @Test
    void rawAnswersOfNonRespondentsAreLeftOutAndNoted() {
        Snapshot s = new Fixtures.World("AAA").cycle("2023-2026")
                .raw("AAA", "D.strategies", "/D/D.strategies/0", "PROACTIVE")
                .raw("ZZZ", "D.strategies", "/D/D.strategies/0", "REACTIVE")
                .snapshot();
        IndicatorResult r = compute("D.investigation_strategies", s);
        headline(r, 1, 1, 1, 100.0);
        bucket(r, "REACTIVE", 0);
        assertEquals(List.of(Engine.LEFT_OUT_NOTE + " (questionnaire D.strategies: ZZZ)"), r.notes());
    }

    @Test
    void theOrderOfTheRawAnswersDoesNotMatter() {
        List<RawAnswerRecord> reversed = new java.util.ArrayList<>(RAW.rawAnswers());
        java.util.Collections.reverse(reversed);
        assertEquals(new Engine().computeAll(RAW), new Engine().computeAll(RAW.withRawAnswers(reversed)));
    }

    /** With no raw answers (every snapshot before they were read) the results are those of the coded answers alone. */
    @Test
    void withoutRawAnswersNothingChanges() {
        Snapshot s = new Fixtures.World("AAA").answer(1, "AAA", "A.chair_type", "OTHER").snapshot();
        assertEquals(List.of(), s.rawAnswers());
        IndicatorResult r = compute("A.chair_type", s);
        ids(r, "OTHER", List.of(), List.of(1L));
        assertEquals(List.of(), r.bucket("OTHER").orElseThrow().answerRefs());
    }
}
