package org.oas.tip.questionnaire.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oas.tip.questionnaire.RegistryStub;
import org.oas.tip.questionnaire.definition.Documents;
import org.oas.tip.questionnaire.publication.PublicationWorker;
import org.oas.tip.testing.PostgresTestResource;
import org.oas.tip.testing.TestCaller;
import org.oas.tip.testing.TestTokens;

import java.io.InputStream;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No FAILED or CONFLICT publication is a dead end: the secretariat amends the accepted answers (audited, republished
 * as an amendment), resolves conflicts for the country's or the registry's values, or reopens the response for the country.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(RegistryStub.class)
@QuarkusTestResource(value = ReconcileRegistryStub.class, restrictToAnnotatedClass = true)
class RepairFlowTest {

    private static final String API = "/api/questionnaire/v1";

    @Inject
    PublicationWorker worker;
    @Inject
    EntityManager em;

    ReconcileRegistryStub registry;

    @BeforeEach
    void inventory() {
        registry = ReconcileRegistryStub.current;
        registry.inventory("ARG", Inventories.argentina());
    }

    @Test
    void aRefusedPublicationIsAmendedAuditedAndRepublishedAsAnAmendment() {
        String cycle = acceptedCycle();
        registry.refuse(cycle + "/ARG", "entries[5].changes.yearEnd");
        worker.deliverDue();
        long failed = latest(cycle).path("id").asLong();
        assertEquals("FAILED", latest(cycle).path("status").asText());

        // who may amend: the secretariat only
        String amendment = """
                {"reason": "The plan ends in 2025, confirmed by e-mail", "answers": {"B": {"B.plans": null}}}""";
        for (TestCaller who : List.of(TestCaller.ANONYMOUS, TestCaller.FOCAL_OWN, TestCaller.FOCAL_OTHER, TestCaller.ANALYST)) {
            who.request().header("If-Match", etag(cycle)).contentType("application/json").body(amendment)
                    .patch(arg(cycle) + "/accepted-answers").then().statusCode(who == TestCaller.ANONYMOUS ? 401 : 403);
        }
        // a reason is required, and the amended answers must pass a submission
        admin().header("If-Match", etag(cycle)).contentType("application/json").body("{\"answers\": {}}")
                .patch(arg(cycle) + "/accepted-answers").then().statusCode(400).body("violations[0].field", equalTo("reason"));
        admin().header("If-Match", etag(cycle)).contentType("application/json")
                .body("{\"reason\": \"r\", \"answers\": {\"F\": {\"F.systems\": null}}}")
                .patch(arg(cycle) + "/accepted-answers").then().statusCode(400);
        admin().header("If-Match", "\"999\"").contentType("application/json").body(amendment)
                .patch(arg(cycle) + "/accepted-answers").then().statusCode(412);

        registry.accept(cycle + "/ARG");
        String patch = """
                {"reason": "The plan ends in 2025, confirmed by e-mail",
                 "answers": {"B": {"B.plans": %s}}}""".formatted(plansWithYearEnd(cycle, 2025));
        admin().header("If-Match", etag(cycle)).header("X-Request-Id", "amend-" + cycle).contentType("application/json").body(patch)
                .patch(arg(cycle) + "/accepted-answers").then().statusCode(200).body("status", equalTo("ACCEPTED"));
        given().auth().oauth2(TestTokens.admin()).get(API + "/publications/" + failed).then().body("status", equalTo("SUPERSEDED"));
        worker.deliverDue();
        // delivered later by the worker, the amendment still carries the request id of the call that made it
        List<ReconcileRegistryStub.Received> calls = registry.received("cycle-publications");
        assertEquals("amend-" + cycle, calls.get(calls.size() - 1).requestId());

        JsonNode sent = last(cycle);
        assertTrue(sent.path("amendment").asBoolean());
        assertEquals(cycle + "/ARG/2", sent.path("key").asText());
        assertEquals(2025, entry(sent, "B.plans[1]").at("/changes/yearEnd").intValue(), sent.toString());
        assertEquals("DELIVERED", latest(cycle).path("status").asText());
        // audited: who, why, before and after
        given().auth().oauth2(TestTokens.focalPoint("ARG")).get(arg(cycle) + "/history").then().statusCode(200)
                .body("findAll { it.action == 'AMENDED' }.reason", hasItem("The plan ends in 2025, confirmed by e-mail"))
                .body("find { it.action == 'AMENDED' }.before", equalTo(2022))
                .body("find { it.action == 'AMENDED' }.after", equalTo(2025));
    }

    @Test
    void conflictsAreResolvedForTheCountryOrForTheRegistry() {
        String cycle = acceptedCycle("""
                {"B": {"B.plans": %s}}""", 2026);
        registry.conflict("B.plans[1]", 5, """
                [{"field": "yearEnd", "baseValue": 2022, "countryValue": 2026, "registryValue": 2024}]""");
        worker.deliverDue();
        long conflicted = latest(cycle).path("id").asLong();
        assertEquals("CONFLICT", latest(cycle).path("status").asText());
        registry.resolved("B.plans[1]");
        String country = "{\"entries\": [{\"ref\": \"B.plans[1]\", \"keep\": \"COUNTRY\"}]}";
        for (TestCaller who : List.of(TestCaller.ANONYMOUS, TestCaller.FOCAL_OWN, TestCaller.FOCAL_OTHER, TestCaller.ANALYST)) {
            who.request().contentType("application/json").body(country).post(API + "/publications/" + conflicted + "/resolution")
                    .then().statusCode(who == TestCaller.ANONYMOUS ? 401 : 403);
        }
        admin().contentType("application/json").body("{\"entries\": [{\"ref\": \"B.plans[0]\", \"keep\": \"MINE\"}]}")
                .post(API + "/publications/" + conflicted + "/resolution").then().statusCode(400)
                .body("violations.field", equalTo(List.of("entries[0].ref", "entries[0].keep")));

        admin().contentType("application/json").body(country).post(API + "/publications/" + conflicted + "/resolution")
                .then().statusCode(200).body("revision", equalTo(2)).body("amendment", equalTo(true)).body("status", equalTo("PENDING"));
        worker.deliverDue();
        JsonNode entry = entry(last(cycle), "B.plans[1]");
        assertEquals("B.plans[1]", entry.path("ref").asText());
        assertEquals(5, entry.path("baseRevision").intValue(), "the country's values go on top of the registry's revision");
        assertEquals(2026, entry.at("/changes/yearEnd").intValue());
        assertTrue(last(cycle).path("amendment").asBoolean());

        // the same conflict again, resolved for the registry this time: the registry's value becomes the answer
        registry.conflict("B.plans[1]", 6, """
                [{"field": "yearEnd", "baseValue": 2022, "countryValue": 2026, "registryValue": 2024}]""");
        admin().header("If-Match", etag(cycle)).contentType("application/json").body("{\"reason\": \"republish\", \"answers\": {}}")
                .patch(arg(cycle) + "/accepted-answers").then().statusCode(200);
        worker.deliverDue();
        long again = latest(cycle).path("id").asLong();
        registry.resolved("B.plans[1]");
        admin().contentType("application/json").body("{\"entries\": [{\"ref\": \"B.plans[1]\", \"keep\": \"REGISTRY\"}]}")
                .post(API + "/publications/" + again + "/resolution").then().statusCode(200);
        worker.deliverDue();
        entry = entry(last(cycle), "B.plans[1]");
        assertEquals(6, entry.path("baseRevision").intValue());
        assertEquals(2024, entry.at("/changes/yearEnd").intValue(), "the registry's value, which it confirms");
        given().auth().oauth2(TestTokens.admin()).get(arg(cycle)).then()
                .body("answers.B.'B.plans'[1].'B.plans.year_end'", equalTo(2024))
                .body("answers.B.'B.plans'[1].'B.plans.registry_revision'", equalTo(6));
        given().auth().oauth2(TestTokens.admin()).get(arg(cycle) + "/history").then()
                .body("findAll { it.action == 'RESOLVED' }.linkId", equalTo(List.of("B.plans[1]", "B.plans[1]")));
    }

    @Test
    void theSecretariatAsksTheCountryAndTheReacceptanceRepublishes() {
        String cycle = acceptedCycle();
        registry.refuse(cycle + "/ARG", "entries[6].changes.channel.contact");
        worker.deliverDue();
        String ask = "{\"linkId\": \"E.channels.contact\", \"text\": \"The registry refuses this number; please correct it\"}";
        given().auth().oauth2(TestTokens.analyst()).contentType("application/json").body(ask).post(arg(cycle) + "/clarifications")
                .then().statusCode(409);
        int thread = admin().contentType("application/json").body(ask).post(arg(cycle) + "/clarifications").then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(TestTokens.admin()).get(arg(cycle)).then().body("status", equalTo("CLARIFICATION_REQUESTED"));
        registry.accept(cycle + "/ARG");
        given().auth().oauth2(TestTokens.focalPoint("ARG")).header("If-Match", etag(cycle)).contentType("application/json").body("{}")
                .post(arg(cycle) + "/submission").then().statusCode(200);
        admin().post(arg(cycle) + "/clarifications/" + thread + "/resolution").then().statusCode(200);
        admin().header("If-Match", etag(cycle)).post(arg(cycle) + "/acceptance").then().statusCode(200);
        worker.deliverDue();
        assertEquals(cycle + "/ARG/2", last(cycle).path("key").asText());
        assertEquals("DELIVERED", latest(cycle).path("status").asText());
    }

    @Test
    void anAmendmentSupersedesTheFailedPerInstrumentRowsOfBefore() {
        String cycle = acceptedCycle();
        worker.deliverDue();
        long assignment = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select a.id from assignment a join reporting_cycle c on c.id = a.cycle_id where c.code = ?1 and a.country = 'ARG'")
                .setParameter(1, cycle).getSingleResult()).longValue());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into publication_outbox (assignment_id, cycle, country, question, position, payload, status, last_error, attempts)
                values (?1, ?2, 'ARG', 'E.channels', 0, '{}'::jsonb, 'FAILED', 'HTTP 400: channel.contact: must be a telephone number', 1)""")
                .setParameter(1, assignment).setParameter(2, cycle).executeUpdate());
        given().auth().oauth2(TestTokens.analyst()).queryParam("cycle", cycle).get(API + "/publications/legacy").then().statusCode(200)
                .body("status", equalTo(List.of("FAILED")));
        admin().header("If-Match", etag(cycle)).contentType("application/json")
                .body("{\"reason\": \"Republish the 2023 answers in bulk\", \"answers\": {}}")
                .patch(arg(cycle) + "/accepted-answers").then().statusCode(200);
        given().auth().oauth2(TestTokens.analyst()).queryParam("cycle", cycle).get(API + "/publications/legacy").then()
                .body("status", equalTo(List.of("SUPERSEDED")));
        worker.deliverDue();
        assertTrue(last(cycle).path("amendment").asBoolean());
        given().auth().oauth2(TestTokens.focalPoint("ARG")).get(API + "/publications/legacy").then().statusCode(403);
    }

    /** A cycle on version 2 whose Argentina response (pre-fill plus the structured sample) is submitted and accepted. */
    private String acceptedCycle() {
        return acceptedCycle("{}", 0);
    }

    private String acceptedCycle(String extraPatch, int planYearEnd) {
        String cycle = Inventories.openCycle(201);
        ObjectNode prefilled = ReconcileFixtures.prefilled(cycle);
        JsonNode answers = Documents.mergePatch(sample(), prefilled);
        if (planYearEnd > 0) {
            answers = Documents.mergePatch(answers, ReconcileFixtures.read(extraPatch.formatted(plansWithYearEnd(prefilled, planYearEnd))));
        }
        given().auth().oauth2(TestTokens.focalPoint("ARG")).header("If-Match", etag(cycle)).contentType("application/json")
                .body(answers.toString()).patch(arg(cycle) + "/answers").then().statusCode(200);
        given().auth().oauth2(TestTokens.focalPoint("ARG")).header("If-Match", etag(cycle)).contentType("application/json").body("{}")
                .post(arg(cycle) + "/submission").then().statusCode(200);
        admin().header("If-Match", etag(cycle)).post(arg(cycle) + "/acceptance").then().statusCode(200);
        return cycle;
    }

    private static String plansWithYearEnd(String cycle, int yearEnd) {
        return plansWithYearEnd(ReconcileFixtures.prefilled(cycle), yearEnd);
    }

    private static String plansWithYearEnd(ObjectNode answers, int yearEnd) {
        JsonNode plans = answers.at("/B/B.plans").deepCopy();
        ((ObjectNode) plans.get(1)).put("B.plans.year_end", yearEnd);
        return plans.toString();
    }

    private static JsonNode sample() {
        try (InputStream in = RepairFlowTest.class.getResourceAsStream("/structured-sample.json")) {
            return ReconcileFixtures.JSON.readTree(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonNode entry(JsonNode body, String ref) {
        for (JsonNode entry : body.path("entries")) {
            if (entry.path("ref").asText().equals(ref)) {
                return entry;
            }
        }
        throw new AssertionError(ref + " not in " + body);
    }

    private JsonNode last(String cycle) {
        List<JsonNode> sent = registry.publications(cycle);
        return sent.get(sent.size() - 1);
    }

    private static JsonNode latest(String cycle) {
        String list = given().auth().oauth2(TestTokens.admin()).queryParam("cycle", cycle).get(API + "/publications").then().statusCode(200)
                .extract().asString();
        JsonNode all = ReconcileFixtures.read(list);
        return all.get(all.size() - 1);
    }

    private static io.restassured.specification.RequestSpecification admin() {
        return given().auth().oauth2(TestTokens.admin());
    }

    private static String arg(String cycle) {
        return API + "/cycles/" + cycle + "/assignments/ARG";
    }

    private static String etag(String cycle) {
        return given().auth().oauth2(TestTokens.admin()).get(arg(cycle)).header("ETag");
    }
}
