package org.oas.tip.analytics.indicator;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report's printed figures as data, and their comparison with computed results. */
class ReferenceCheckTest {

    private static final ReferenceSet REFERENCE = ReferenceSet.of("2015-2018").orElseThrow();

    @Test
    void theReferenceFileNamesCatalogueIndicatorsAndReportLines() {
        Set<String> codes = Catalogue.standard().all().stream().map(IndicatorDefinition::code).collect(Collectors.toSet());
        assertTrue(REFERENCE.figures().size() > 150);
        for (PrintedFigure f : REFERENCE.figures()) {
            assertTrue(codes.contains(f.code()), f.code());
            assertTrue(line(f.line()), f.code() + " " + f.line());
            assertFalse(f.place().isBlank());
            assertEquals(f.measure() == PrintedFigure.Measure.BUCKET, f.bucket() != null, f.code() + " " + f.line());
        }
        assertTrue(REFERENCE.contradictions().size() >= 20);
        for (Contradiction c : REFERENCE.contradictions()) {
            assertFalse(c.statements().isEmpty(), c.topic());
            c.statements().forEach(s -> assertTrue(line(s.line()), c.topic()));
            assertTrue(codes.containsAll(c.codes()), c.topic());
        }
        assertTrue(ReferenceSet.of("2019-2022").isEmpty());
    }

    private static boolean line(String line) {
        return line.matches("L\\d{1,4}") && Integer.parseInt(line.substring(1)) <= 1887;
    }

    @Test
    void theSummaryAndTheSectionsDisagreeOnTheDedicatedLines() {
        Contradiction lines = REFERENCE.contradictions().stream()
                .filter(c -> c.topic().startsWith("Dedicated trafficking lines")).findFirst().orElseThrow();
        assertEquals(List.of("L167", "L865", "L892", "L1475", "L1777"), lines.statements().stream()
                .map(Contradiction.Statement::line).toList());
        assertEquals("executive summary", lines.statements().get(0).place());
    }

    @Test
    void everyPrintedBucketIsOneTheEngineProduces() throws IOException {
        List<IndicatorResult> results = new Engine().computeAll(BaselineSnapshot.build());
        for (PrintedFigure f : REFERENCE.figures()) {
            if (f.bucket() != null) {
                IndicatorResult r = results.stream().filter(x -> x.code().equals(f.code())).findFirst().orElseThrow();
                for (String key : f.bucket().split("\\+")) {
                    assertTrue(r.bucket(key).isPresent(), f.code() + " has no bucket " + key);
                }
            }
        }
    }

    @Test
    void aNumberAgreesAtThePrintedPrecision() {
        IndicatorResult r = result(new Stats(3, 3.43, List.of(3.0, 4.0), 1.0, 6.0, List.of("GUY"), List.of("HND")));
        assertTrue(check(r, figure(PrintedFigure.Measure.MEAN, null, "3.4", null, List.of())).agrees());
        assertFalse(check(result(new Stats(3, 3.46, List.of(), 1.0, 6.0, List.of(), List.of())),
                figure(PrintedFigure.Measure.MEAN, null, "3.4", null, List.of())).agrees());
        assertTrue(check(r, figure(PrintedFigure.Measure.MODE, null, "4", null, List.of())).agrees());
        assertTrue(check(r, figure(PrintedFigure.Measure.MAX, null, "6", null, List.of("HND"))).agrees());
        assertTrue(check(r, figure(PrintedFigure.Measure.VALUE, null, "20", PrintedFigure.Comparison.AT_LEAST, List.of())).agrees());
        assertFalse(check(r, figure(PrintedFigure.Measure.VALUE, null, "22", PrintedFigure.Comparison.AT_LEAST, List.of())).agrees());
    }

    @Test
    void bucketsAreSummedAndTheirCountriesCompared() {
        IndicatorResult r = result(null);
        FigureCheck sum = check(r, figure(PrintedFigure.Measure.BUCKET, "YES+NO", "21", null, List.of()));
        assertTrue(sum.agrees());
        FigureCheck named = check(r, figure(PrintedFigure.Measure.BUCKET, "YES", "2", null, List.of("AAA", "CCC")));
        assertFalse(named.agrees());
        assertEquals(List.of("CCC"), named.missing());
        assertEquals(List.of("BBB"), named.extra());
        assertEquals("X.test YES: printed 2 (L1, section A), computed 2; not in the data: CCC; not in the print: BBB",
                named.describe());
        assertFalse(check(r, figure(PrintedFigure.Measure.BUCKET, "MAYBE", "0", null, List.of())).agrees());
    }

    /** What the baseline files reproduce and what they cannot, on the figures the test fixture covers. */
    @Test
    void theBaselineAgreesAndDisagreesWhereExpected() throws IOException {
        List<FigureCheck> checks = ReferenceCheck.check(new Engine().computeAll(BaselineSnapshot.build()), REFERENCE);
        Set<String> agreeing = checks.stream().filter(FigureCheck::agrees).map(ReferenceCheckTest::name).collect(Collectors.toSet());
        Set<String> disagreeing = checks.stream().filter(c -> !c.agrees()).map(ReferenceCheckTest::name).collect(Collectors.toSet());
        assertTrue(agreeing.containsAll(List.of("A.authority_model SOLE L373", "A.authority_model COLLEGIATE+HYBRID L375",
                "D.law_period VALUE L687", "B.plan_duration MEAN L525", "B.plan_duration MODE L525", "B.plan_duration MAX L525",
                "B.plan_duration MIN L525", "E.dedicated_line VALUE L1475", "D.unit_sphere POLICE L786",
                "B.plan_in_force VALUE L157", "B.plan_online VALUE L546")), agreeing.toString());
        assertTrue(disagreeing.containsAll(List.of("A.authority_model SOLE L272", "E.dedicated_line VALUE L892",
                "B.plan_in_force VALUE L523", "A.chair_public_security VALUE L315", "D.unit_sphere PROSECUTOR L786")),
                disagreeing.toString());
        FigureCheck five = checks.stream().filter(c -> name(c).equals("A.authority_model SOLE L272"))
                .findFirst().orElseThrow();
        assertEquals("A.authority_model SOLE: printed 5 (L272, section A), computed 4; not in the data: GTM", five.describe());
    }

    /** "code part line", to name a check in a set. */
    private static String name(FigureCheck c) {
        PrintedFigure f = c.figure();
        return f.code() + " " + (f.bucket() != null ? f.bucket() : f.measure().name()) + " " + f.line();
    }

    private static FigureCheck check(IndicatorResult r, PrintedFigure f) {
        return ReferenceCheck.check(List.of(r), new ReferenceSet("test", "test", List.of(f), List.of())).get(0);
    }

    private static PrintedFigure figure(PrintedFigure.Measure measure, String bucket, String printed,
                                        PrintedFigure.Comparison comparison, List<String> countries) {
        return new PrintedFigure("X.test", measure, bucket, new BigDecimal(printed), comparison, countries, "L1", "section A",
                "quote", null);
    }

    private static IndicatorResult result(Stats stats) {
        return new IndicatorResult("X.test", "test", null, 21, 21, 33, 63.6, List.of(
                new Bucket("YES", "Yes", 2, 6.1, List.of("AAA", "BBB"), List.of(), List.of()),
                new Bucket("NO", "No", 19, 57.6, List.of(), List.of(), List.of())), stats, List.of());
    }
}
