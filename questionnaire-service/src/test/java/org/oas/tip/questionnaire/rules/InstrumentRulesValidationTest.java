package org.oas.tip.questionnaire.rules;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.oas.tip.questionnaire.RulesFixture;
import org.oas.tip.questionnaire.repository.RegistryRulesRepository;
import org.oas.tip.testing.PostgresTestResource;
import org.oas.tip.testing.TestTokens;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One validation from the first keystroke to the registry: the registry's published rules (its committed document,
 * served by the stub) refuse, at dry-run validation and at submission, every instrument entry the registry would
 * refuse, on the item that carries the field; valid entries stay valid. Without the registry a stored copy still
 * validates; with no copy at all, 503.
 */
@QuarkusTest
@TestProfile(InstrumentRulesValidationTest.AlwaysRevalidate.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = RulesRegistryStub.class, restrictToAnnotatedClass = true)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InstrumentRulesValidationTest {

    /** Every validation asks the registry (with If-None-Match), so the tests see each state of the registry at once. */
    public static class AlwaysRevalidate implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tip.registry-rules.max-age", "0s", "tip.registry-rules.retry-after", "0s");
        }
    }

    private static final String DEFINITION = """
            {"code": "%s", "version": "1", "title": {"en": "Rules test"},
             "items": [
              {"linkId": "E", "type": "group", "text": {"en": "Protection"}, "items": [
               {"linkId": "E.channels", "type": "group", "repeats": true, "instrumentKind": "REPORTING_CHANNEL",
                "text": {"en": "Reporting lines"}, "items": [
                 {"linkId": "E.channels.title", "type": "string", "maxLength": 2000, "instrumentField": "title", "text": {"en": "Name"}},
                 {"linkId": "E.channels.type", "type": "choice", "instrumentField": "channel.type", "text": {"en": "Type"},
                  "answerOptions": [{"code": "DEDICATED_TIP_LINE", "display": {"en": "Dedicated line"}},
                                    {"code": "EMAIL", "display": {"en": "E-mail"}}, {"code": "WEBSITE", "display": {"en": "Website"}}]},
                 {"linkId": "E.channels.contact", "type": "string", "instrumentField": "channel.contact", "text": {"en": "Number or address"}},
                 {"linkId": "E.channels.language", "type": "string", "instrumentField": "language", "text": {"en": "Language"}},
                 {"linkId": "E.channels.note", "type": "string", "instrumentField": "notes", "text": {"en": "Note"}}]}]},
              {"linkId": "B", "type": "group", "text": {"en": "Plans"}, "items": [
               {"linkId": "B.plans", "type": "group", "repeats": true, "instrumentKind": "PLAN", "text": {"en": "Plans"}, "items": [
                 {"linkId": "B.plans.title", "type": "string", "maxLength": 2000, "instrumentField": "title", "text": {"en": "Title"}},
                 {"linkId": "B.plans.year_start", "type": "integer", "instrumentField": "yearStart", "text": {"en": "From"}},
                 {"linkId": "B.plans.year_end", "type": "integer", "instrumentField": "yearEnd", "text": {"en": "To"}},
                 {"linkId": "B.plans.link", "type": "string", "instrumentField": "link", "text": {"en": "Link"}}]}]},
              {"linkId": "C", "type": "group", "text": {"en": "Figures"}, "items": [
               {"linkId": "C.victims", "type": "integer", "text": {"en": "Victims identified"}}]}]}
            """;

    private static String questionnaire;

    @Inject
    RegistryRulesRepository copies;

    private static String assignment(String cycle, String country) {
        return "/api/questionnaire/v1/cycles/" + cycle + "/assignments/" + country;
    }

    /** A new cycle on the test questionnaire (published once), with ARG, MEX and USA assigned. */
    private static String openCycle() {
        String admin = TestTokens.admin();
        if (questionnaire == null) {
            questionnaire = "rules" + UUID.randomUUID().toString().substring(0, 8);
            String etag = given().auth().oauth2(admin).contentType("application/json").body(DEFINITION.formatted(questionnaire))
                    .when().post("/api/questionnaire/v1/questionnaires").then().statusCode(201).extract().header("ETag");
            given().auth().oauth2(admin).header("If-Match", etag)
                    .when().post("/api/questionnaire/v1/questionnaires/" + questionnaire + "/versions/1/publication").then().statusCode(200);
        }
        String cycle = "c" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("code", cycle, "title", "Rules cycle", "opensOn", "2026-01-01", "deadline", "2099-12-31", "referenceDate", "2026-12-31",
                        "questionnaire", questionnaire, "questionnaireVersion", "1"))
                .when().post("/api/questionnaire/v1/cycles").then().statusCode(201);
        return cycle;
    }

    private static Response validate(String cycle, String answers, String mode) {
        return given().auth().oauth2(TestTokens.focalPoint("ARG")).queryParam("mode", mode).contentType("application/json")
                .body(answers).when().post(assignment(cycle, "ARG") + "/answers/validation");
    }

    private static String hotline(String contact) {
        return channel("DEDICATED_TIP_LINE", contact);
    }

    private static String channel(String type, String contact) {
        return "{\"E\": {\"E.channels\": [{\"E.channels.title\": \"Línea 145\", \"E.channels.type\": \"" + type
                + "\", \"E.channels.contact\": \"" + contact + "\"}]}}";
    }

    private static String plan(String fields) {
        return "{\"B\": {\"B.plans\": [{\"B.plans.title\": \"Plan Nacional\", " + fields + "}]}}";
    }

    @Test
    @Order(1)
    void withNoCopyAndNoRegistryInstrumentEntriesCannotBeCheckedAnd503() {
        QuarkusTransaction.requiringNew().run(copies::deleteAll);
        RulesRegistryStub.serving = false;
        try {
            String cycle = openCycle();
            validate(cycle, hotline("145"), "submission").then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "30").body("detail", containsString("instrument rules"));
            String etag = given().auth().oauth2(TestTokens.focalPoint("ARG")).when().get(assignment(cycle, "ARG")).then()
                    .extract().header("ETag");
            given().auth().oauth2(TestTokens.focalPoint("ARG")).header("If-Match", etag).contentType("application/json")
                    .body(hotline("145")).when().post(assignment(cycle, "ARG") + "/submission").then().statusCode(503)
                    .header("Retry-After", "30");
            // answers without instrument entries need no rules
            validate(cycle, "{\"C\": {\"C.victims\": 12}}", "submission").then().statusCode(200).body("valid", equalTo(true));
        } finally {
            RulesRegistryStub.serving = true;
        }
    }

    @Test
    @Order(2)
    void aStoredCopyStillValidatesWhileTheRegistryIsDown() {
        QuarkusTransaction.requiringNew().run(copies::deleteAll);
        copies.store(RulesFixture.revision(), OffsetDateTime.now().minusDays(3), RulesFixture.document());
        RulesRegistryStub.serving = false;
        try {
            String cycle = openCycle();
            int calls = RulesRegistryStub.CALLS.get();
            validate(cycle, hotline("0800-TRATA"), "submission").then().statusCode(200).body("valid", equalTo(false))
                    .body("problems.linkId", equalTo(List.of("E.channels.contact")))
                    .body("problems[0].pointer", equalTo("/E/E.channels/0/E.channels.contact"))
                    .body("problems[0].message", containsString("must be a telephone number"));
            validate(cycle, hotline("145"), "submission").then().statusCode(200).body("valid", equalTo(true));
            assertTrue(RulesRegistryStub.CALLS.get() > calls, "the registry was asked first");
        } finally {
            RulesRegistryStub.serving = true;
        }
    }

    @Test
    @Order(3)
    void aNewRevisionOfTheRegistryReplacesTheCopy() {
        String cycle = openCycle();
        String longer = "{\"B\": {\"B.plans\": [{\"B.plans.title\": \"" + "P".repeat(40) + "\"}]}}";
        validate(cycle, longer, "draft").then().statusCode(200).body("valid", equalTo(true));
        String stricter = RulesFixture.document().replace("\"revision\" : \"" + RulesFixture.revision() + "\"", "\"revision\" : \"r2\"")
                .replace("\"maxLength\" : 1000", "\"maxLength\" : 30");
        RulesRegistryStub.document = stricter;
        try {
            validate(cycle, longer, "draft").then().statusCode(200).body("valid", equalTo(false))
                    .body("problems.linkId", hasItem("B.plans.title"));
            assertEquals("r2", copies.stored().orElseThrow().revision);
        } finally {
            RulesRegistryStub.document = RulesFixture.document();
        }
        validate(cycle, longer, "draft").then().statusCode(200).body("valid", equalTo(true));
        assertEquals(RulesFixture.revision(), copies.stored().orElseThrow().revision);
    }

    @Test
    @Order(4)
    void onTheStructuredQuestionnaireACompleteResponseStaysValidAndTheIssuesTwoAnswersDoNot() throws Exception {
        String cycle = "s" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(Map.of("code", cycle, "title", "Structured", "opensOn", "2026-01-01", "deadline", "2099-12-31", "referenceDate", "2026-12-31",
                        "questionnaire", "oas-tip-structured", "questionnaireVersion", "1"))
                .when().post("/api/questionnaire/v1/cycles").then().statusCode(201);
        ObjectNode sample;
        try (var in = getClass().getResourceAsStream("/structured-sample.json")) {
            sample = (ObjectNode) new ObjectMapper().readTree(in);
        }
        validate(cycle, sample.toString(), "submission").then().statusCode(200).body("valid", equalTo(true));
        // the two answers of the issue: a hotline written with letters, and a plan ending before it starts
        ((ObjectNode) sample.at("/E/E.channels/0")).put("E.channels.contact", "0800-TRATA");
        ((ObjectNode) sample.get("B")).putArray("B.plans").addObject().put("B.plans.title", "Plan Nacional 2016-2012")
                .put("B.plans.plan_type", "PLAN_OF_ACTION").put("B.plans.year_start", 2016).put("B.plans.year_end", 2012)
                .put("B.plans.gender_perspective", true);
        for (String mode : List.of("draft", "submission")) {
            validate(cycle, sample.toString(), mode).then().statusCode(200).body("valid", equalTo(false))
                    .body("problems.linkId", equalTo(List.of("B.plans.year_end", "E.channels.contact")))
                    .body("problems.pointer", equalTo(List.of("/B/B.plans/0/B.plans.year_end", "/E/E.channels/0/E.channels.contact")))
                    .body("problems[0].message", containsString("must not be before yearStart 2016"));
        }
    }

    /** A rule's good or bad answers: the linkIds the refusal names at submission and as a draft (none when good). */
    record Case(String name, String answers, Set<String> atSubmission, Set<String> asDraft) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        Set<String> contact = Set.of("E.channels.contact");
        return Stream.of(
                new Case("hotline 145", hotline("145"), Set.of(), Set.of()),
                new Case("hotline in international form", hotline("+1 (888) 373-7888"), Set.of(), Set.of()),
                new Case("hotline written with letters", hotline("0800-TRATA"), contact, contact),
                new Case("e-mail channel", channel("EMAIL", "denuncias@mpf.gob.ar"), Set.of(), Set.of()),
                new Case("e-mail channel without an address", channel("EMAIL", "denuncias at mpf"), contact, contact),
                new Case("website channel", channel("WEBSITE", "https://www.argentina.gob.ar/denuncia"), Set.of(), Set.of()),
                new Case("website channel without a scheme", channel("WEBSITE", "www.argentina.gob.ar"), contact, contact),
                new Case("channel without a type: required at submission only",
                        "{\"E\": {\"E.channels\": [{\"E.channels.contact\": \"145\"}]}}", Set.of("E.channels.type"), Set.of()),
                new Case("language tag", "{\"E\": {\"E.channels\": [{\"E.channels.type\": \"EMAIL\", \"E.channels.language\": \"pt-BR\"}]}}",
                        Set.of(), Set.of()),
                new Case("language as a word", "{\"E\": {\"E.channels\": [{\"E.channels.type\": \"EMAIL\", \"E.channels.language\": \"Spanish\"}]}}",
                        Set.of("E.channels.language"), Set.of("E.channels.language")),
                new Case("a field the registry does not have",
                        "{\"E\": {\"E.channels\": [{\"E.channels.type\": \"EMAIL\", \"E.channels.note\": \"new\"}]}}",
                        Set.of("E.channels", "E.channels.note"), Set.of("E.channels", "E.channels.note")),
                new Case("plan in year order", plan("\"B.plans.year_start\": 2012, \"B.plans.year_end\": 2016"), Set.of(), Set.of()),
                new Case("plan ending before it starts", plan("\"B.plans.year_start\": 2016, \"B.plans.year_end\": 2012"),
                        Set.of("B.plans.year_end"), Set.of("B.plans.year_end")),
                new Case("years at the ends of the range", plan("\"B.plans.year_start\": 1900, \"B.plans.year_end\": 2100"), Set.of(), Set.of()),
                new Case("years out of range", plan("\"B.plans.year_start\": 1850, \"B.plans.year_end\": 2300"),
                        Set.of("B.plans.year_start", "B.plans.year_end"), Set.of("B.plans.year_start", "B.plans.year_end")),
                new Case("plan with an https link", plan("\"B.plans.link\": \"https://www.gob.ar/plan.pdf\""), Set.of(), Set.of()),
                new Case("plan with an ftp link", plan("\"B.plans.link\": \"ftp://www.gob.ar/plan.pdf\""),
                        Set.of("B.plans.link"), Set.of("B.plans.link")),
                new Case("title of 1000 characters", "{\"B\": {\"B.plans\": [{\"B.plans.title\": \"" + "t".repeat(1000) + "\"}]}}",
                        Set.of(), Set.of()),
                new Case("title of 1001 characters", "{\"B\": {\"B.plans\": [{\"B.plans.title\": \"" + "t".repeat(1001) + "\"}]}}",
                        Set.of("B.plans.title"), Set.of("B.plans.title")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @Order(5)
    void theRegistrysRulesApplyAtValidationAndSubmission(Case rule) {
        String cycle = openCycle();
        assertEquals(rule.atSubmission(), linkIds(validate(cycle, rule.answers(), "submission")), "dry run, submission mode");
        assertEquals(rule.asDraft(), linkIds(validate(cycle, rule.answers(), "draft")), "dry run, draft mode");
        String arg = TestTokens.focalPoint("ARG");
        String etag = given().auth().oauth2(arg).when().get(assignment(cycle, "ARG")).then().extract().header("ETag");
        Response saved = given().auth().oauth2(arg).header("If-Match", etag).contentType("application/json").body(rule.answers())
                .when().patch(assignment(cycle, "ARG") + "/answers");
        assertEquals(rule.asDraft().isEmpty() ? 200 : 400, saved.statusCode(), "save: " + saved.asString());
        Response submitted = given().auth().oauth2(arg).header("If-Match", saved.statusCode() == 200 ? saved.header("ETag") : etag).contentType("application/json").body(rule.answers())
                .when().post(assignment(cycle, "ARG") + "/submission");
        if (rule.atSubmission().isEmpty()) {
            assertEquals(200, submitted.statusCode(), submitted.asString());
        } else {
            assertEquals(400, submitted.statusCode(), submitted.asString());
            List<String> messages = submitted.jsonPath().getList("violations.message");
            Set<String> named = new TreeSet<>();
            messages.forEach(m -> named.add(m.substring(0, m.indexOf(':'))));
            assertEquals(rule.atSubmission(), named, submitted.asString());
        }
    }

    private static Set<String> linkIds(Response report) {
        report.then().statusCode(200);
        Set<String> linkIds = new TreeSet<>(report.jsonPath().getList("problems.linkId"));
        assertEquals(linkIds.isEmpty(), report.jsonPath().getBoolean("valid"), report.asString());
        return linkIds;
    }
}
