package org.oas.tip.analytics.indicator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.oas.tip.analytics.indicator.Expect.bucket;
import static org.oas.tip.analytics.indicator.Expect.headline;
import static org.oas.tip.analytics.indicator.Expect.stats;

/**
 * The 2015-2018 figures that the repository's baseline files support, computed from them (see {@link BaselineSnapshot}):
 * the report's line is given with each.
 */
class BaselineTest {

    private static Snapshot snapshot;
    private static Map<String, IndicatorResult> results;

    @BeforeAll
    static void compute() throws IOException {
        snapshot = BaselineSnapshot.build();
        results = new Engine().computeAll(snapshot).stream()
                .collect(Collectors.toMap(IndicatorResult::code, Function.identity()));
    }

    @Test
    void theSnapshotHoldsTheThirtyThreeRespondentsAndEveryCodedAnswer() {
        assertEquals(33, snapshot.respondents().size());
        assertEquals(481, snapshot.codedAnswers().size());
        // 37 laws, 7 policies and 25 plans, 14 dedicated lines, 35 units, 8 investigation protocols (notes 7.9)
        assertEquals(126, snapshot.instruments().size());
        assertEquals(snapshot.respondents().stream().sorted().toList(),
                snapshot.codedAnswers().stream().map(CodedAnswerRecord::country).distinct().sorted().toList());
    }

    /**
     * The questionnaire service gives 2015-2018 the reference date 2018-12-31; read at it, every figure is the one the old
     * guess from the cycle's name gave (values, buckets with their countries and ids, statistics); only the note says why.
     */
    @Test
    void theReferenceDateOf2015To2018GivesTheSameFiguresAsTheOldGuess() {
        List<IndicatorResult> dated = new Engine().computeAll(snapshot.withReferenceDate(java.time.LocalDate.of(2018, 12, 31)));
        assertEquals(results.size(), dated.size());
        for (IndicatorResult r : dated) {
            IndicatorResult before = results.get(r.code());
            assertEquals(java.util.Arrays.asList(before.value(), before.numerator(), before.denominator(), before.buckets()),
                    java.util.Arrays.asList(r.value(), r.numerator(), r.denominator(), r.buckets()), r.code());
            assertEquals(before.percentage(), r.percentage(), r.code());
            assertEquals(before.stats(), r.stats(), r.code());
        }
    }

    /** A.2 L373: four clearly sole authorities and 29 inter-agency bodies, three of them hybrid (A L290-304). */
    @Test
    void soleCollegiateAndHybridAuthoritiesFromTheCodedAnswers() {
        IndicatorResult r = results.get("A.authority_model");
        headline(r, 33, 33, 33, 100.0);
        bucket(r, "SOLE", 4, "DMA", "GRD", "KNA", "VEN");
        bucket(r, "HYBRID", 3, "ARG", "BHS", "GTM");
        assertEquals(26, r.bucket("COLLEGIATE").orElseThrow().count());
        bucket(r, "NO_DATA", 0);
    }

    /** D.1 L687: 25 countries legislated in 2006-2015; the U.S. first (2000), Barbados and Brazil last (2016). */
    @Test
    void twentyFiveCountriesCriminalizedTraffickingIn2006To2015() {
        IndicatorResult period = results.get("D.law_period");
        headline(period, 25, 25, 33, 75.8);
        bucket(period, "UP_TO_2005", 6, "CAN", "COL", "DOM", "GUY", "SLV", "USA");
        bucket(period, "FROM_2016", 2, "BRA", "BRB");
        IndicatorResult year = results.get("D.law_year");
        assertEquals(2000.0, year.stats().min());
        assertEquals(List.of("USA"), year.stats().minCountries());
        assertEquals(List.of("BRA", "BRB"), year.stats().maxCountries());
    }

    /** D.1 L674 and Table 2: the named legal paths; the other 26 laws carry none. */
    @Test
    void legalPathsNamedByTheReport() {
        IndicatorResult r = results.get("D.legal_path");
        bucket(r, "CRIMINAL_CODE", 3, "CAN", "ECU", "SUR");
        bucket(r, "AMENDING_LAW", 1, "CHL");
        bucket(r, "MIXED", 3, "PER", "PRY", "SLV");
        assertEquals(26, r.bucket("NOT_CLASSIFIED").orElseThrow().count());
    }

    /** B.2 L525: plans last 3.4 years on average, mode 4; Honduras' is the longest (6), Guyana's the shortest (1). */
    @Test
    void planDurationMeanThreePointFourModeFour() {
        IndicatorResult r = results.get("B.plan_duration");
        headline(r, 23, 23, 25, 92.0);
        stats(r, 23, 3.43, List.of(4.0), 1.0, List.of("GUY"), 6.0, List.of("HND"));
        assertEquals(3.4, Math.round(r.stats().mean() * 10) / 10.0);
    }

    /** L157 and L1457: 14 plans in effect (L523 says 15); L523: 9 ended. */
    @Test
    void fourteenPlansInForceAndNineEnded() {
        IndicatorResult r = results.get("B.plan_in_force");
        headline(r, 14, 14, 25, 56.0);
        bucket(r, "ENDED", 9, "BLZ", "BRA", "CAN", "DOM", "HTI", "JAM", "PAN", "PER", "USA");
        IndicatorResult online = results.get("B.plan_online");
        bucket(online, "FOUND_ONLINE", 8, "BOL", "CAN", "CHL", "COL", "GUY", "MEX", "PER", "USA");
    }

    /** Executive summary L167 and final comments L1475: 13 countries with a dedicated line; L1484: Line 145 meets 5 of 6. */
    @Test
    void thirteenCountriesWithADedicatedLineAndArgentinasMeetsFiveOfSix() {
        headline(results.get("E.dedicated_line"), 13, 13, 33, 39.4);
        IndicatorResult score = results.get("E.dedicated_line_score");
        headline(score, 1, 1, 13, 7.7);
        bucket(score, "5", 1, "ARG");
        bucket(results.get("E.dedicated_line_features"), "MULTILINGUAL", 1, "USA");
    }

    /** D.3 L786: 21 countries with specialized units, 15 of them in the police sphere, courts in Guatemala and Uruguay. */
    @Test
    void fifteenPoliceUnitCountries() {
        IndicatorResult r = results.get("D.unit_sphere");
        headline(r, 21, 21, 33, 63.6);
        bucket(r, "POLICE", 15, "ARG", "BHS", "BLZ", "BOL", "BRB", "CHL", "ECU", "GTM", "JAM", "MEX", "PRY", "SLV", "SUR",
                "VCT", "VEN");
        bucket(r, "JUDICIAL", 2, "GTM", "URY");
    }

    /** D.4 L813-815: at least 6 countries; drafted by ministries of the interior, prosecutors and multi-agency bodies, 2 each. */
    @Test
    void investigationProtocolsByDrafter() {
        IndicatorResult r = results.get("D.protocol_institution");
        headline(r, 6, 6, 33, 18.2);
        bucket(r, "MINISTRY_INTERIOR", 2, "COL", "URY");
        bucket(r, "PROSECUTION", 2, "ARG", "PRY");
        bucket(r, "MULTI_AGENCY_BODY", 2, "CHL", "JAM");
    }
}
