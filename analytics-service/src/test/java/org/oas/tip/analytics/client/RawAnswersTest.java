package org.oas.tip.analytics.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.oas.tip.analytics.indicator.RawAnswerRecord;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Raw answers read along the real structured questionnaire: which items count, their pointers, one record per value. */
class RawAnswersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DEFINITION =
            Path.of("../questionnaire-service/src/main/resources/baseline/questionnaire-structured.json");

    private static List<RawAnswerRecord> read(String answers) throws IOException {
        QuestionnaireDefinition definition = JSON.readValue(DEFINITION.toFile(), QuestionnaireDefinition.class);
        return RawAnswers.of("PRY", definition, JSON.readTree(answers));
    }

    private static List<String> pointers(List<RawAnswerRecord> records) {
        return records.stream().map(RawAnswerRecord::pointer).toList();
    }

    @Test
    void closedItemsCountWithTheirPointerAndTextStaysForCoding() throws IOException {
        List<RawAnswerRecord> raw = read("""
                {"intro":{"intro.institution":"Ministerio","intro.phone":"+595 21 000","intro.reference_date":"2026-06-30"},
                 "A":{"A.chair_type":"MINISTRY_INTERIOR","A.chair_gender_entity":false,"A.annual_report_count":3},
                 "B":{"B.plan_transition":"NEW_PLAN_IN_PREPARATION","B.plan_in_force":false},
                 "G":{"G.gender_perspective_how":"text","G.women_vulnerable":true}}""");
        assertEquals(List.of("/intro/intro.reference_date", "/A/A.chair_type", "/A/A.chair_gender_entity",
                "/A/A.annual_report_count", "/B/B.plan_in_force", "/B/B.plan_transition", "/G/G.women_vulnerable"),
                pointers(raw));
        RawAnswerRecord transition = raw.get(5);
        assertEquals("B.plan_transition", transition.linkId());
        assertEquals("NEW_PLAN_IN_PREPARATION", transition.value().asText());
        assertEquals("PRY#/B/B.plan_transition", transition.ref());
        assertTrue(raw.get(2).value().isBoolean());
        assertEquals(3, raw.get(3).value().intValue());
    }

    @Test
    void aRepeatedChoiceGivesOneRecordPerValueAlsoInsideRepeatingGroups() throws IOException {
        List<RawAnswerRecord> raw = read("""
                {"C":{"C.flows":{"C.flows.types":["INTERNAL","INTRA_REGIONAL"],"C.flows.description":"free text",
                  "C.flows.routes":[{"C.flows.routes.origin":"X","C.flows.routes.transport_modes":["LAND"]},
                                    {"C.flows.routes.transport_modes":["AIR","SEA"],"C.flows.routes.flow":"INTERNAL"}]}}}""");
        assertEquals(List.of("/C/C.flows/C.flows.types/0", "/C/C.flows/C.flows.types/1",
                "/C/C.flows/C.flows.routes/0/C.flows.routes.transport_modes/0",
                "/C/C.flows/C.flows.routes/1/C.flows.routes.transport_modes/0",
                "/C/C.flows/C.flows.routes/1/C.flows.routes.transport_modes/1",
                "/C/C.flows/C.flows.routes/1/C.flows.routes.flow"), pointers(raw));
        assertEquals(List.of("INTERNAL", "INTRA_REGIONAL", "LAND", "AIR", "SEA", "INTERNAL"),
                raw.stream().map(r -> r.value().asText()).toList());
    }

    /** The registry record an instrument group became is the one source of those answers: nothing counts twice. */
    @Test
    void instrumentGroupsAreNotTakenFromTheAnswers() throws IOException {
        List<RawAnswerRecord> raw = read("""
                {"A":{"A.authority":{"A.authority.title":"Mesa","A.authority.model":"COLLEGIATE",
                      "A.authority.chair_public_security":true,"A.authority.approaches":["PREVENTION","PROTECTION"]},
                      "A.websites":[{"A.websites.link":"https://x.example"}],"A.website_type":"TIP_SPECIFIC"},
                 "B":{"B.laws":[{"B.laws.legal_path":"COMPREHENSIVE_LAW","B.laws.year":2005}],
                      "B.plans":[{"B.plans.plan_type":"STRATEGY","B.plans.year_start":2019}]},
                 "E":{"E.shelters":[{"E.shelters.provider":"STATE","E.shelters.exclusive":true}]},
                 "F":{"F.systems":[{"F.systems.model":"4"}],"F.tip_statistics_differentiated":true}}""");
        assertEquals(List.of("/A/A.website_type", "/F/F.tip_statistics_differentiated"), pointers(raw));
    }

    @Test
    void emptyAndBlankAnswersAndUndeclaredItemsGiveNothing() throws IOException {
        assertEquals(List.of(), read("{}"));
        assertEquals(List.of(), read("""
                {"A":{"A.chair_type":"","A.chair_gender_entity":null},"Z":{"Z.unknown":true},"B":{"B.incorporation":[]}}"""));
        assertEquals(List.of(), RawAnswers.of("PRY", null, JSON.readTree("{\"A\":{\"A.chair_type\":\"OTHER\"}}")));
    }

    @Test
    void aPointerEscapesSlashAndTilde() {
        assertEquals("a~1b~0c", RawAnswers.escape("a/b~c"));
    }
}
