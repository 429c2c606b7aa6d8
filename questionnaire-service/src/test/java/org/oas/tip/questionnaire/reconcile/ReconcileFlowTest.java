package org.oas.tip.questionnaire.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oas.tip.questionnaire.RegistryStub;
import org.oas.tip.questionnaire.ReportingCycle;
import org.oas.tip.questionnaire.publication.Publication;
import org.oas.tip.questionnaire.publication.PublicationOutbox;
import org.oas.tip.questionnaire.publication.PublicationRepository;
import org.oas.tip.questionnaire.publication.PublicationWorker;
import org.oas.tip.questionnaire.repository.AssignmentRepository;
import org.oas.tip.questionnaire.repository.ReportingCycleRepository;
import org.oas.tip.questionnaire.service.Definitions;
import org.oas.tip.questionnaire.repository.QuestionnaireRepository;
import org.oas.tip.testing.PostgresTestResource;
import org.oas.tip.testing.TestTokens;

import java.time.OffsetDateTime;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Acceptance reconciles with the registry: one bulk body per response, confirmations and updates told apart by the
 * pre-fill, idempotent by key, and every outcome of the registry (delivered, refused, conflict, unavailable) visible.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(RegistryStub.class)
@QuarkusTestResource(value = ReconcileRegistryStub.class, restrictToAnnotatedClass = true)
class ReconcileFlowTest {

    @Inject
    PublicationOutbox outbox;
    @Inject
    PublicationWorker worker;
    @Inject
    PublicationRepository publications;
    @Inject
    AssignmentRepository assignments;
    @Inject
    ReportingCycleRepository cycles;
    @Inject
    QuestionnaireRepository questionnaires;
    @Inject
    Definitions definitions;

    ReconcileRegistryStub registry;

    @BeforeEach
    void inventory() {
        registry = ReconcileRegistryStub.current;
        registry.inventory("ARG", Inventories.argentina());
    }

    @Test
    void confirmUpdateEndWithdrawAndAddMakeExactlyTheExpectedBody() {
        String cycle = Inventories.openCycle(201);
        Publication queued = accept(cycle, ReconcileFixtures.mixed(ReconcileFixtures.prefilled(cycle)));
        assertEquals(Publication.Status.PENDING, queued.status);
        assertEquals(cycle + "/ARG/1", queued.publicationKey);

        worker.deliverDue();

        List<JsonNode> sent = registry.publications(cycle);
        assertEquals(1, sent.size(), "one call for the whole response");
        assertEquals(ReconcileFixtures.expectedBody(cycle, 1), sent.get(0));
        assertTrue(registry.received("cycle-publications").get(0).authorization().startsWith("Bearer "));
        given().auth().oauth2(TestTokens.analyst()).when().get("/api/questionnaire/v1/publications/" + queued.id).then().statusCode(200)
                .body("status", equalTo("DELIVERED")).body("key", equalTo(cycle + "/ARG/1"))
                .body("entries.find { it.ref == 'B.plans[2]' }.outcome", equalTo("CREATED"))
                .body("entries.find { it.ref == 'B.plans[1]' }.outcome", equalTo("UPDATED"))
                .body("entries.find { it.ref == 'B.plans[1]' }.revision", equalTo(4))
                .body("entries.find { it.ref == 'F.reports[0]' }.outcome", equalTo("WITHDRAWN"))
                .body("body.entries.size()", equalTo(10));
    }

    @Test
    void acceptingTheSameAnswersAgainKeepsTheKeyAndChangedAnswersMakeTheNextRevision() {
        String cycle = Inventories.openCycle(201);
        var answers = ReconcileFixtures.mixed(ReconcileFixtures.prefilled(cycle));
        Publication first = accept(cycle, answers);
        worker.deliverDue();
        Publication again = accept(cycle, answers);
        assertEquals(first.id, again.id, "the same body: the same publication and key, nothing new to send");
        worker.deliverDue();
        assertEquals(1, registry.publications(cycle).size());

        // the registry is starting: the row is retried with the same key and body, and the registry's answer is the same
        ((com.fasterxml.jackson.databind.node.ObjectNode) answers.at("/B/B.plans/1")).put("B.plans.year_end", 2027);
        registry.failNext(503);
        Publication second = accept(cycle, answers);
        assertEquals(cycle + "/ARG/2", second.publicationKey);
        worker.deliverDue();
        Publication pending = reload(second.id);
        assertEquals(Publication.Status.PENDING, pending.status);
        assertEquals(1, pending.attempts);
        assertTrue(pending.lastError.startsWith("HTTP 503"), pending.lastError);
        makeDue(second.id);
        worker.deliverDue();
        assertEquals(Publication.Status.DELIVERED, reload(second.id).status);
        List<JsonNode> sent = registry.publications(cycle);
        assertEquals(3, sent.size());
        assertEquals(sent.get(1), sent.get(2), "a retry resends the very same body");
        assertEquals(2027, sent.get(2).at("/entries/3/changes/yearEnd").intValue());
        assertEquals(Publication.Status.DELIVERED, reload(first.id).status, "a delivered revision stays as it was");
    }

    @Test
    void aRefusalIsFailedWithTheRegistrysViolations() {
        String cycle = Inventories.openCycle(201);
        registry.refuse(cycle + "/ARG", "entries[7].instrument.channel.contact");
        Publication p = accept(cycle, ReconcileFixtures.mixed(ReconcileFixtures.prefilled(cycle)));
        worker.deliverDue();
        given().auth().oauth2(TestTokens.admin()).when().get("/api/questionnaire/v1/publications/" + p.id).then().statusCode(200)
                .body("status", equalTo("FAILED"))
                .body("violations[0].field", equalTo("entries[7].instrument.channel.contact"))
                .body("violations[0].message", equalTo("must be a telephone number"))
                .body("lastError", startsWith("HTTP 400: 1 field is invalid; entries[7].instrument.channel.contact"));
        given().auth().oauth2(TestTokens.admin()).queryParam("status", "FAILED").queryParam("cycle", cycle)
                .when().get("/api/questionnaire/v1/publications").then().statusCode(200).body("size()", equalTo(1));
        registry.accept(cycle + "/ARG");
    }

    @Test
    void aConflictShowsBothValues() {
        String cycle = Inventories.openCycle(201);
        registry.conflict("B.plans[1]", 4, """
                [{"field": "yearEnd", "baseValue": 2022, "countryValue": 2026, "registryValue": 2024}]""");
        try {
            Publication p = accept(cycle, ReconcileFixtures.mixed(ReconcileFixtures.prefilled(cycle)));
            worker.deliverDue();
            given().auth().oauth2(TestTokens.analyst()).when().get("/api/questionnaire/v1/publications/" + p.id).then().statusCode(200)
                    .body("status", equalTo("CONFLICT"))
                    .body("entries.find { it.ref == 'B.plans[1]' }.outcome", equalTo("CONFLICT"))
                    .body("entries.find { it.ref == 'B.plans[1]' }.conflicts[0].countryValue", equalTo(2026))
                    .body("entries.find { it.ref == 'B.plans[1]' }.conflicts[0].registryValue", equalTo(2024))
                    .body("entries.find { it.ref == 'E.channels[1]' }.outcome", equalTo("CREATED"));
        } finally {
            registry.resolved("B.plans[1]");
        }
    }

    @Test
    void aSuccessorByRegistryIdIsAChangeOrPartOfTheNewInstrument() {
        String cycle = Inventories.openCycle(201);
        var answers = ReconcileFixtures.prefilled(cycle);
        var plans = (com.fasterxml.jackson.databind.node.ArrayNode) answers.at("/B/B.plans");
        ((com.fasterxml.jackson.databind.node.ObjectNode) plans.get(1)).put("B.plans.successor_id", Inventories.PROGRAMME);
        plans.addObject().put("B.plans.title", "Plan 2030").put("B.plans.plan_type", "STRATEGY").put("B.plans.year_start", 2027)
                .put("B.plans.gender_perspective", false).put("B.plans.successor_id", Inventories.PLAN_2020);
        accept(cycle, answers);
        worker.deliverDue();
        JsonNode sent = registry.publications(cycle).get(0);
        assertEquals(ReconcileFixtures.read("{\"plan\": {\"successorId\": " + Inventories.PROGRAMME + "}}"), sent.at("/entries/3/changes"));
        assertEquals("UPDATE", sent.at("/entries/3/action").asText());
        assertEquals(Inventories.PLAN_2020, sent.at("/entries/4/instrument/plan/successorId").longValue());
        assertEquals("CONFIRM", sent.at("/entries/2/action").asText(), "the 2014 plan, still succeeded by the 2020 one");
    }

    @Test
    void tokenAndThrottlingRefusalsAreRetriedAndTheSecretariatFollowsTheOutbox() {
        String cycle = Inventories.openCycle(201);
        registry.failNext(401, 429);
        Publication p = accept(cycle, ReconcileFixtures.prefilled(cycle));
        worker.deliverDue();
        assertEquals(Publication.Status.PENDING, reload(p.id).status);
        makeDue(p.id);
        worker.deliverDue();
        assertEquals(2, reload(p.id).attempts);
        given().auth().oauth2(TestTokens.analyst()).when().get("/api/questionnaire/v1/publications/summary").then().statusCode(200)
                .body("byStatus.PENDING", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        makeDue(p.id);
        worker.deliverDue();
        assertEquals(Publication.Status.DELIVERED, reload(p.id).status);
        // only a FAILED publication is retried, and only by the secretariat
        String retry = "/api/questionnaire/v1/publications/" + p.id + "/retry";
        given().when().post(retry).then().statusCode(401);
        given().auth().oauth2(TestTokens.focalPoint("ARG")).when().post(retry).then().statusCode(403);
        given().auth().oauth2(TestTokens.analyst()).when().post(retry).then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).when().post(retry).then().statusCode(409);
        given().auth().oauth2(TestTokens.admin()).when().post("/api/questionnaire/v1/publications/0/retry").then().statusCode(404);
        given().auth().oauth2(TestTokens.focalPoint("ARG")).when().get("/api/questionnaire/v1/publications/" + p.id).then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).queryParam("status", "LOST").when().get("/api/questionnaire/v1/publications")
                .then().statusCode(400).body("violations[0].field", equalTo("status"));
    }

    /** What an acceptance does with the answers: queue them in its own transaction. */
    Publication accept(String cycle, JsonNode answers) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ReportingCycle c = cycles.findByCode(cycle).orElseThrow();
            var assignment = assignments.find(c.id, "ARG").orElseThrow();
            assignment.document = answers.toString();
            return outbox.enqueue(assignment, c, definitions.of(questionnaires.findById(c.questionnaireId)), answers, false, null);
        });
    }

    Publication reload(long id) {
        return QuarkusTransaction.requiringNew().call(() -> publications.findById(id));
    }

    void makeDue(long id) {
        QuarkusTransaction.requiringNew().run(() -> publications.update("nextAttemptAt = ?1 where id = ?2",
                OffsetDateTime.now().minusSeconds(1), id));
    }
}
