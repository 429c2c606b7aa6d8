package org.oas.tip.analytics.indicator;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.oas.tip.analytics.indicator.Expect.bucket;
import static org.oas.tip.analytics.indicator.Fixtures.body;
import static org.oas.tip.analytics.indicator.Fixtures.instrument;

/** What holds for every indicator: catalogue order, determinism, respondents only, declared sources, JSON input. */
class EngineTest {

    private static final Engine ENGINE = new Engine();

    private static Snapshot mixed() {
        return new Fixtures.World("AAA", "BBB", "CCC")
                .add(instrument(1, "AAA", "LAW").years(2008, null).law("COMPREHENSIVE_LAW"),
                        instrument(2, "BBB", "PLAN").years(2015, 2019).plan("PLAN_OF_ACTION", null, true),
                        instrument(3, "BBB", "REPORTING_CHANNEL").channel("DEDICATED_TIP_LINE", null, "145", "FREE"),
                        instrument(4, "CCC", "INTER_AGENCY_BODY").body(body("COLLEGIATE").institutions(12)),
                        instrument(5, "CCC", "SHELTER").shelter("STATE", true, false),
                        instrument(6, "AAA", "SPECIALIZED_UNIT").unit("POLICE"))
                .answer(10, "AAA", "A.authority.model", "SOLE").answer(11, "BBB", "A.authority.model", "COLLEGIATE")
                .answer(12, "BBB", "A.authority.public_institution_count", 14)
                .answer(13, "CCC", "D.strategies", "PROACTIVE").answer(14, "AAA", "G.women_vulnerable", true)
                .snapshot();
    }

    @Test
    void computeAllFollowsTheCatalogue() {
        Snapshot s = mixed();
        List<IndicatorResult> results = ENGINE.computeAll(s);
        assertEquals(ENGINE.catalogue().all().stream().map(IndicatorDefinition::code).toList(),
                results.stream().map(IndicatorResult::code).toList());
        assertEquals(50, results.size());
        assertTrue(results.stream().allMatch(r -> r.cycle().equals("2015-2018") && r.snapshotTakenAt().equals(Fixtures.TAKEN_AT)));
    }

    @Test
    void oneIndicatorEqualsItsPlaceInTheWhole() {
        Snapshot s = mixed();
        List<IndicatorResult> all = ENGINE.computeAll(s);
        for (IndicatorResult r : all) {
            assertEquals(r, ENGINE.compute(r.code(), s));
        }
    }

    @Test
    void anUnknownCodeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ENGINE.compute("Z.nothing", mixed()));
    }

    @Test
    void theOrderOfTheRowsDoesNotMatter() {
        Snapshot s = mixed();
        List<InstrumentRecord> instruments = new ArrayList<>(s.instruments());
        List<CodedAnswerRecord> answers = new ArrayList<>(s.codedAnswers());
        List<String> respondents = new ArrayList<>(s.respondents());
        Collections.shuffle(instruments, new Random(7));
        Collections.shuffle(answers, new Random(7));
        Collections.reverse(respondents);
        Snapshot shuffled = new Snapshot(s.cycle(), s.takenAt(), instruments, answers, respondents, s.countryNames());
        assertEquals(ENGINE.computeAll(s), ENGINE.computeAll(shuffled));
    }

    @Test
    void rowsOfNonRespondentsAreLeftOutAndNoted() {
        Snapshot s = new Fixtures.World("AAA").add(instrument(1, "ZZZ", "LAW").years(2008, null))
                .answer(2, "ZZZ", "D.strategies", "PROACTIVE").snapshot();
        IndicatorResult year = ENGINE.compute("D.law_year", s);
        Expect.headline(year, 0, 0, 1, 0.0);
        bucket(year, "NO_DATA", 1, "AAA");
        assertEquals(List.of("Rows of countries that are not respondents were left out (registry LAW: ZZZ)"), year.notes());
        assertEquals(List.of("Rows of countries that are not respondents were left out (questionnaire D.strategies: ZZZ)"),
                ENGINE.compute("D.investigation_strategies", s).notes());
        assertEquals(List.of(), ENGINE.compute("G.head_sex", s).notes());
    }

    @Test
    void anIndicatorCannotReadASourceItsDefinitionDoesNotDeclare() {
        SnapshotData view = new SnapshotData(mixed()).restrictedTo(List.of("registry: LAW law.legalPath"));
        assertEquals(1, view.instruments("LAW").size());
        assertThrows(IllegalStateException.class, () -> view.instruments("PLAN"));
        assertThrows(IllegalStateException.class, () -> view.answers("D.strategies"));
    }

    @Test
    void everyIndicatorComputesOnAnEmptySnapshot() {
        List<IndicatorResult> results = ENGINE.computeAll(new Fixtures.World().snapshot());
        assertEquals(50, results.size());
        assertTrue(results.stream().allMatch(r -> r.denominator() == 0 && r.percentage() == null && r.stats() == null));
    }

    @Test
    void theReferenceYearComesFromTheSnapshotTimeWhenTheCycleHasNoYear() {
        Snapshot s = new Snapshot("pilot", Instant.parse("2019-06-01T00:00:00Z"), List.of(), List.of(), List.of("AAA"), Map.of());
        IndicatorResult r = ENGINE.compute("B.plan_in_force", s);
        assertEquals("In force in 2019", r.bucket("IN_FORCE").orElseThrow().label());
        assertEquals(List.of("Reference year 2019, the year the snapshot was taken (fallback: the snapshot has no reference date)"),
                r.notes());
    }

    @Test
    void theCyclesReferenceDateDecidesTheReferenceYearOverItsName() {
        Snapshot s = new Snapshot("2015-2018", Instant.parse("2019-06-01T00:00:00Z"), List.of(), List.of(), List.of("AAA"), Map.of())
                .withReferenceDate(java.time.LocalDate.parse("2020-03-31"));
        IndicatorResult r = ENGINE.compute("B.plan_in_force", s);
        assertEquals("In force in 2020", r.bucket("IN_FORCE").orElseThrow().label());
        assertEquals(List.of("Reference year 2020, of the cycle's reference date 2020-03-31"), r.notes());
    }

    /** A snapshot stored before reference dates and statuses were read loads as it was and computes as before. */
    @Test
    void aSnapshotStoredWithoutReferenceDateOrStatusesLoadsAndComputesAsBefore() throws Exception {
        ObjectMapper json = new ObjectMapper().findAndRegisterModules();
        Snapshot now = new Fixtures.World("AAA", "BBB")
                .add(Fixtures.instrument(1, "AAA", "PLAN").years(2016, 2020), Fixtures.instrument(2, "BBB", "PLAN").years(2010, 2014))
                .snapshot();
        com.fasterxml.jackson.databind.node.ObjectNode old = json.valueToTree(now);
        old.remove("referenceDate");
        old.withArray("instruments").forEach(i -> {
            ((com.fasterxml.jackson.databind.node.ObjectNode) i).remove("status");
            ((com.fasterxml.jackson.databind.node.ObjectNode) i).remove("statusDate");
        });
        Snapshot loaded = json.treeToValue(old, Snapshot.class);
        assertNull(loaded.referenceDate());
        assertEquals(ENGINE.computeAll(now), ENGINE.computeAll(loaded));
        bucket(ENGINE.compute("B.plan_in_force", loaded), "IN_FORCE", 1, "AAA");
    }

    @Test
    void anEngineRefusesACatalogueItCannotCompute() {
        String json = "{\"indicators\":[{\"code\":\"A.unknown\",\"section\":\"A\",\"title\":\"t\",\"definition\":\"d\","
                + "\"numerator\":\"n\",\"denominator\":\"d\",\"unit\":\"countries\",\"sources\":[\"registry: LAW\"],"
                + "\"chart\":\"BAR\"}]}";
        Catalogue catalogue = Catalogue.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertThrows(IllegalStateException.class, () -> new Engine(catalogue));
    }

    /** The services' JSON, with fields this service does not read, as the snapshot job will receive it. */
    @Test
    void theServicesJsonIsReadIgnoringFieldsItDoesNotNeed() throws Exception {
        String instruments = """
                [{"id":7,"country":"ARG","kind":"REPORTING_CHANNEL","title":"Line 145","titleEn":"Line 145","language":"en",
                  "institution":"Ministry of Justice","confidentiality":"PUBLIC","verified":false,
                  "linkCheckedAt":"2019-01-01T00:00:00Z",
                  "provenance":{"source":"REPORT_BASELINE","cycle":"2015-2018","note":"Appendix 9"},
                  "channel":{"type":"DEDICATED_TIP_LINE","contact":"145","features":["FREE","ANONYMOUS","TTY"],"extra":1}},
                 {"id":8,"country":"ARG","kind":"INTER_AGENCY_BODY","title":"Consejo Federal",
                  "body":{"model":"HYBRID","chairInstitution":"Head of Cabinet Office","approaches":["PREVENTION"]}}]
                """;
        String answers = """
                [{"id":1,"country":"ARG","linkId":"A.authority.model","value":"HYBRID","source":"A L292",
                  "codedBy":"baseline-import","codedAt":"2019-01-01T00:00:00Z"},
                 {"id":2,"country":"ARG","linkId":"A.authority.public_institution_count","repeatIndex":null,"value":13},
                 {"id":3,"country":"ARG","linkId":"G.women_vulnerable","value":true}]
                """;
        ObjectMapper json = new ObjectMapper().findAndRegisterModules();
        List<InstrumentRecord> i = json.readValue(instruments, new TypeReference<>() { });
        List<CodedAnswerRecord> a = json.readValue(answers, new TypeReference<>() { });
        assertEquals(Set.of("FREE", "ANONYMOUS", "TTY"), i.get(0).channel().features());
        assertEquals("HYBRID", i.get(1).body().model());
        assertNull(i.get(1).law());
        assertEquals(13, a.get(1).value().intValue());
        Snapshot s = json.readValue(json.writeValueAsString(new Snapshot("2015-2018", Fixtures.TAKEN_AT, i, a, List.of("ARG"),
                Map.of("ARG", "Argentina"))), Snapshot.class);
        assertEquals(Fixtures.TAKEN_AT, s.takenAt());
        IndicatorResult score = ENGINE.compute("E.dedicated_line_score", s);
        bucket(score, "2", 1, "ARG");
        bucket(ENGINE.compute("G.women_vulnerable", s), "YES", 1, "ARG");
        bucket(ENGINE.compute("A.member_institutions", s), "11_15", 1, "ARG");
    }
}
