package org.oas.tip.questionnaire.publication;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import org.junit.jupiter.api.Test;
import org.oas.tip.questionnaire.Assignment;
import org.oas.tip.questionnaire.RegistryStub;
import org.oas.tip.questionnaire.ReportingCycle;
import org.oas.tip.questionnaire.repository.AssignmentRepository;
import org.oas.tip.questionnaire.repository.ReportingCycleRepository;
import org.oas.tip.testing.PostgresTestResource;
import org.oas.tip.testing.TestTokens;

import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outbox end to end against a stub registry: what an acceptance queues, and what the worker makes of the registry's
 * answers (created, unavailable, unreachable, refused), one deterministic pass at a time.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(RegistryStub.class)
@QuarkusTestResource(value = CycleAnswerRegistryStub.class, restrictToAnnotatedClass = true)
class PublicationOutboxTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TWO_LINES = """
            {"s": {"s.has_line": true, "s.lines": [
               {"s.lines.type": "DEDICATED_TIP_LINE", "s.lines.number": "145"},
               {"s.lines.type": "THEMATIC_LINE", "s.lines.number": "144", "s.lines.topic": "DOMESTIC_VIOLENCE"}]}}""";

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

    @Test
    void acceptanceQueuesOneRowPerInstrumentEntry() throws Exception {
        String cycle = PublicationFixtures.openCycle();
        accept(cycle, "ARG", """
                {"s": {"s.has_line": true, "s.lines": [
                   {"s.lines.type": "DEDICATED_TIP_LINE", "s.lines.number": "145"},
                   {"s.lines.type": "THEMATIC_LINE", "s.lines.number": "144"}]},
                 "A": {"A.authority": {"A.authority.title": "Comité Ejecutivo", "A.authority.year": 2008}}}""");

        List<Publication> rows = rows(cycle);
        assertEquals(List.of("A.authority[0]", "s.lines[0]", "s.lines[1]"), rows.stream().map(r -> r.question + "[" + r.position + "]").toList());
        Publication line = rows.get(1);
        assertEquals(Publication.Status.PENDING, line.status);
        assertEquals("ARG", line.country);
        assertEquals(0, line.attempts);
        JsonNode payload = JSON.readTree(line.payload);
        assertEquals("REPORTING_CHANNEL", payload.get("kind").asText());
        assertEquals("ARG", payload.get("country").asText());
        assertEquals("DEDICATED_TIP_LINE", payload.at("/channel/type").asText());
        assertEquals("145", payload.at("/channel/contact").asText());
        assertEquals("Reporting lines 145", payload.get("title").asText());
        assertEquals("questionnaire " + cycle + " v1, s.lines[0]", payload.at("/provenance/note").asText());
        assertEquals(cycle, payload.at("/provenance/cycle").asText());
        assertEquals("INTER_AGENCY_BODY", JSON.readTree(rows.get(0).payload).get("kind").asText());
        assertEquals(2008, JSON.readTree(rows.get(0).payload).get("yearStart").intValue());

        // the outbox is written in the acceptance's transaction, or not at all
        Assignment usa = assignment(cycle, "USA");
        assertThrows(TransactionalException.class,
                () -> outbox.enqueue(usa, cycle, PublicationFixtures.definition(cycle), JSON.readTree(TWO_LINES)));
    }

    @Test
    void aCreatedAnswerMarksTheRowDeliveredWithTheRegistrysId() {
        String cycle = PublicationFixtures.openCycle();
        accept(cycle, "ARG", TWO_LINES);

        worker.deliverDue();

        List<CycleAnswerRegistryStub.Received> calls = registry().received(cycle);
        assertEquals(List.of(cycle + "/ARG/s.lines/0", cycle + "/ARG/s.lines/1"), calls.stream().map(CycleAnswerRegistryStub.Received::key).toList());
        // the client-credentials token the OIDC client got from the (WireMock) token endpoint
        String token = calls.get(0).authorization();
        assertTrue(token != null && token.startsWith("Bearer "), "sent with a bearer token: " + token);
        assertEquals("https://server.example.com", claims(token).get("iss").asText());
        for (Publication row : rows(cycle)) {
            assertEquals(Publication.Status.DELIVERED, row.status);
            assertNotNull(row.deliveredAt);
            assertEquals(registry().idOf(cycle + "/ARG/s.lines/" + row.position), row.registryId);
            assertNull(row.lastError);
        }
    }

    @Test
    void anUnavailableRegistryIsRetriedWithGrowingBackoffUntilItTakesTheRow() {
        String cycle = PublicationFixtures.openCycle();
        accept(cycle, "MEX", """
                {"s": {"s.lines": [{"s.lines.type": "DEDICATED_TIP_LINE", "s.lines.number": "800"}]}}""");
        registry().failNext(cycle, 503, 503);

        worker.deliverDue();
        Publication first = row(cycle, "MEX", 0);
        assertEquals(Publication.Status.PENDING, first.status);
        assertEquals(1, first.attempts);
        assertTrue(first.lastError.startsWith("HTTP 503: the registry is starting"), first.lastError);
        Duration firstWait = Duration.between(first.lastAttemptAt, first.nextAttemptAt);
        assertTrue(firstWait.toMillis() >= 750 && firstWait.toMillis() <= 1000, firstWait.toString());

        // not due yet: a pass leaves it alone
        worker.deliverDue();
        assertEquals(1, registry().received(cycle).size());

        makeDue(cycle);
        worker.deliverDue();
        Publication second = row(cycle, "MEX", 0);
        assertEquals(2, second.attempts);
        Duration secondWait = Duration.between(second.lastAttemptAt, second.nextAttemptAt);
        assertTrue(secondWait.compareTo(firstWait) > 0 && secondWait.toMillis() >= 1500, secondWait + " after " + firstWait);
        assertTrue(second.nextAttemptAt.isAfter(first.nextAttemptAt));

        makeDue(cycle);
        worker.deliverDue();
        Publication third = row(cycle, "MEX", 0);
        assertEquals(Publication.Status.DELIVERED, third.status);
        assertEquals(2, third.attempts, "attempts counts the failed ones");
        assertEquals(List.of(503, 503, 201), registry().received(cycle).stream().map(CycleAnswerRegistryStub.Received::answered).toList());
    }

    @Test
    void anAnswerTooLateIsRetriedAndTheRegistrysUpsertMakesTheRepeatHarmless() {
        String cycle = PublicationFixtures.openCycle();
        accept(cycle, "MEX", """
                {"s": {"s.lines": [{"s.lines.type": "DEDICATED_TIP_LINE", "s.lines.number": "800"}]}}""");
        // longer than the request timeout (3 s in tests): the registry stores it, but this service cannot know
        registry().slowNext(cycle, 4_000);

        worker.deliverDue();
        Publication late = row(cycle, "MEX", 0);
        assertEquals(Publication.Status.PENDING, late.status);
        assertEquals("no answer within 3000 ms", late.lastError);
        // meanwhile the registry finished and stored it
        awaitReceived(cycle, 1);

        makeDue(cycle);
        worker.deliverDue();
        assertEquals(Publication.Status.DELIVERED, row(cycle, "MEX", 0).status);
        assertEquals(List.of(201, 200), registry().received(cycle).stream().map(CycleAnswerRegistryStub.Received::answered).toList(),
                "the same key twice: one instrument, updated");
    }

    @Test
    void anUnreachableRegistryKeepsTheRowPendingUntilItIsBack() {
        String cycle = PublicationFixtures.openCycle();
        accept(cycle, "USA", """
                {"s": {"s.lines": [{"s.lines.type": "DEDICATED_TIP_LINE", "s.lines.number": "1-888-373-7888"}]}}""");
        registry().down();
        try {
            worker.deliverDue();
            Publication pending = row(cycle, "USA", 0);
            assertEquals(Publication.Status.PENDING, pending.status);
            assertEquals(1, pending.attempts);
            assertTrue(pending.lastError.startsWith("registry unreachable"), pending.lastError);
        } finally {
            registry().up();
        }
        makeDue(cycle);
        worker.deliverDue();
        assertEquals(Publication.Status.DELIVERED, row(cycle, "USA", 0).status);
        assertEquals(1, registry().received(cycle).size());
    }

    @Test
    void aRefusedBodyFailsWithTheRegistrysDetailAndTheOthersStillGo() {
        String cycle = PublicationFixtures.openCycle();
        accept(cycle, "ARG", """
                {"s": {"s.lines": [{"s.lines.type": "DEDICATED_TIP_LINE", "s.lines.number": "145"},
                                   {"s.lines.type": "THEMATIC_LINE", "s.lines.number": "144"},
                                   {"s.lines.type": "THEMATIC_LINE", "s.lines.number": "137"}]}}""");
        registry().refuse(cycle + "/ARG/s.lines/1", "1 field is invalid");

        worker.deliverDue();

        Publication refused = row(cycle, "ARG", 1);
        assertEquals(Publication.Status.FAILED, refused.status);
        assertEquals("HTTP 400: 1 field is invalid; channel.contact: size must be between 0 and 300", refused.lastError);
        assertEquals(Publication.Status.DELIVERED, row(cycle, "ARG", 0).status);
        assertEquals(Publication.Status.DELIVERED, row(cycle, "ARG", 2).status);

        // a failed row is not retried on its own
        makeDue(cycle);
        worker.deliverDue();
        assertEquals(3, registry().received(cycle).size());

        // the secretariat sends it again once the cause is fixed
        given().auth().oauth2(TestTokens.analyst()).when().post(publicationPath(refused.id) + "/retry").then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).when().post(publicationPath(row(cycle, "ARG", 0).id) + "/retry")
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.admin()).when().post(publicationPath(refused.id) + "/retry").then().statusCode(200)
                .body("status", equalTo("PENDING"));
        registry().accept(cycle + "/ARG/s.lines/1");
        worker.deliverDue();
        assertEquals(Publication.Status.DELIVERED, row(cycle, "ARG", 1).status);
    }

    @Test
    void acceptingAgainReplacesTheRowAndDeliversEachKeyOnce() throws Exception {
        String cycle = PublicationFixtures.openCycle();
        accept(cycle, "MEX", TWO_LINES.replace("]}}", ", {\"s.lines.type\": \"THEMATIC_LINE\", \"s.lines.number\": \"911\"}]}}"));
        assertEquals(3, rows(cycle).size());
        // a clarification, then a second acceptance before the worker ran: the same keys with new answers, one entry gone
        accept(cycle, "MEX", TWO_LINES.replace("\"145\"", "\"088\""));

        List<Publication> rows = rows(cycle);
        assertEquals(2, rows.size());
        assertEquals(2, rows.get(0).revision);
        worker.deliverDue();
        worker.deliverDue();
        List<CycleAnswerRegistryStub.Received> calls = registry().received(cycle);
        assertEquals(List.of(cycle + "/MEX/s.lines/0", cycle + "/MEX/s.lines/1"), calls.stream().map(CycleAnswerRegistryStub.Received::key).toList());
        assertEquals("088", JSON.readTree(calls.get(0).body()).at("/channel/contact").asText());

        // the same answers accepted again: nothing to send (it would only clear the registry's verification)
        accept(cycle, "MEX", TWO_LINES.replace("\"145\"", "\"088\""));
        makeDue(cycle);
        worker.deliverDue();
        assertEquals(2, registry().received(cycle).size());
        assertEquals(Publication.Status.DELIVERED, row(cycle, "MEX", 0).status);

        // a changed entry is sent again, to the same key: the registry updates its instrument (200)
        accept(cycle, "MEX", TWO_LINES.replace("\"145\"", "\"089\""));
        assertEquals(Publication.Status.PENDING, row(cycle, "MEX", 0).status);
        worker.deliverDue();
        calls = registry().received(cycle);
        assertEquals(3, calls.size());
        assertEquals(cycle + "/MEX/s.lines/0", calls.get(2).key());
        assertEquals(200, calls.get(2).answered());
        assertEquals(2, rows(cycle).size());
    }

    @Test
    void aRowInFlightIsRetriedAfterItsLeaseAndANewerAnswerIsNotLost() throws Exception {
        String cycle = PublicationFixtures.openCycle();
        accept(cycle, "USA", """
                {"s": {"s.lines": [{"s.lines.type": "DEDICATED_TIP_LINE", "s.lines.number": "111"}]}}""");
        // a worker takes the row and dies before settling it
        List<PublicationRepository.Claimed> taken = QuarkusTransaction.requiringNew()
                .call(() -> publications.claimDue(100, Duration.ofMinutes(10)));
        PublicationRepository.Claimed inFlight = taken.stream().filter(c -> c.cycle().equals(cycle)).findFirst().orElseThrow();
        worker.deliverDue();
        assertEquals(0, registry().received(cycle).size(), "held by its lease");
        makeDue(cycle);
        worker.deliverDue();
        assertEquals(Publication.Status.DELIVERED, row(cycle, "USA", 0).status);

        // an acceptance while a delivery is in flight: the old delivery does not settle the new answers
        accept(cycle, "USA", """
                {"s": {"s.lines": [{"s.lines.type": "DEDICATED_TIP_LINE", "s.lines.number": "222"}]}}""");
        List<PublicationRepository.Claimed> second = QuarkusTransaction.requiringNew()
                .call(() -> publications.claimDue(100, Duration.ofMinutes(10)));
        PublicationRepository.Claimed old = second.stream().filter(c -> c.cycle().equals(cycle)).findFirst().orElseThrow();
        accept(cycle, "USA", """
                {"s": {"s.lines": [{"s.lines.type": "DEDICATED_TIP_LINE", "s.lines.number": "333"}]}}""");
        assertTrue(old.revision() > inFlight.revision());
        QuarkusTransaction.requiringNew().run(() -> publications.markDelivered(old, 1L, null));
        assertEquals(Publication.Status.PENDING, row(cycle, "USA", 0).status);
        worker.deliverDue();
        List<CycleAnswerRegistryStub.Received> calls = registry().received(cycle);
        assertEquals("333", JSON.readTree(calls.get(calls.size() - 1).body()).at("/channel/contact").asText());
        assertEquals(Publication.Status.DELIVERED, row(cycle, "USA", 0).status);
    }

    @Test
    void aPlanNamesItsSuccessorOnceBothArePublished() throws Exception {
        String cycle = PublicationFixtures.openCycle();
        accept(cycle, "ARG", """
                {"p": {"p.plans": [{"p.plans.title": "Plan 2010-2014", "p.plans.successor": "Plan 2015-2019"},
                                   {"p.plans.title": "Plan 2015-2019"}]}}""");

        worker.deliverDue();
        worker.deliverDue();

        List<CycleAnswerRegistryStub.Received> calls = registry().received(cycle);
        assertEquals(List.of("/ARG/p.plans/0", "/ARG/p.plans/1", "/ARG/p.plans/0"),
                calls.stream().map(c -> c.key().substring(cycle.length())).toList());
        assertTrue(JSON.readTree(calls.get(0).body()).at("/plan/successorId").isMissingNode());
        assertEquals(registry().idOf(cycle + "/ARG/p.plans/1"), JSON.readTree(calls.get(2).body()).at("/plan/successorId").longValue());
        assertEquals(Publication.Status.DELIVERED, row(cycle, "ARG", "p.plans", 0).status);
    }

    @Test
    void theSecretariatAndAnalystsFollowTheOutbox() {
        String cycle = PublicationFixtures.openCycle();
        accept(cycle, "ARG", TWO_LINES);
        long id = row(cycle, "ARG", 0).id;

        given().auth().oauth2(TestTokens.analyst()).queryParam("cycle", cycle).queryParam("status", "pending")
                .when().get("/api/questionnaire/v1/publications").then().statusCode(200)
                .body("size()", equalTo(2))
                .body("[0].question", equalTo("s.lines"))
                .body("[0].kind", equalTo("REPORTING_CHANNEL"))
                .body("[0].title", equalTo("Reporting lines 145"))
                .body("[0].payload", nullValue());
        given().auth().oauth2(TestTokens.admin()).queryParam("cycle", cycle).queryParam("country", "mex")
                .when().get("/api/questionnaire/v1/publications").then().statusCode(200).body("size()", equalTo(0));
        given().auth().oauth2(TestTokens.admin()).queryParam("status", "LOST")
                .when().get("/api/questionnaire/v1/publications").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("status"));
        given().auth().oauth2(TestTokens.analyst()).when().get(publicationPath(id)).then().statusCode(200)
                .body("payload.channel.contact", equalTo("145"));
        given().auth().oauth2(TestTokens.analyst()).when().get(publicationPath(0)).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.analyst()).when().get("/api/questionnaire/v1/publications/summary").then().statusCode(200)
                .body("byStatus.PENDING", greaterThanOrEqualTo(2))
                .body("byStatus", hasKey("FAILED"))
                .body("oldestPendingAgeSeconds", greaterThanOrEqualTo(0));
        given().auth().oauth2(TestTokens.admin()).when().post(publicationPath(0) + "/retry").then().statusCode(404);

        for (String path : List.of("/api/questionnaire/v1/publications", "/api/questionnaire/v1/publications/summary", publicationPath(id))) {
            given().auth().oauth2(TestTokens.focalPoint("ARG")).when().get(path).then().statusCode(403).contentType("application/problem+json");
            given().when().get(path).then().statusCode(401).contentType("application/problem+json");
        }
        given().auth().oauth2(TestTokens.focalPoint("ARG")).when().post(publicationPath(id) + "/retry").then().statusCode(403);
        given().when().post(publicationPath(id) + "/retry").then().statusCode(401);
    }

    private CycleAnswerRegistryStub registry() {
        return CycleAnswerRegistryStub.current;
    }

    /** What the acceptance does: queue the accepted answers in its transaction. */
    private void accept(String cycle, String country, String answers) {
        QuarkusTransaction.requiringNew().run(() -> {
            try {
                outbox.enqueue(assignment(cycle, country), cycle, PublicationFixtures.definition(cycle), JSON.readTree(answers));
            } catch (IOException e) {
                throw new IllegalArgumentException(e);
            }
        });
    }

    private Assignment assignment(String cycle, String country) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            ReportingCycle c = cycles.findByCode(cycle).orElseThrow();
            return assignments.find(c.id, country).orElseThrow();
        });
    }

    private List<Publication> rows(String cycle) {
        return QuarkusTransaction.requiringNew().call(() -> publications.list("cycle", Sort.by("question").and("position"), cycle));
    }

    private Publication row(String cycle, String country, int position) {
        return row(cycle, country, "s.lines", position);
    }

    private Publication row(String cycle, String country, String question, int position) {
        return QuarkusTransaction.requiringNew().call(() -> publications.find("cycle = ?1 and country = ?2 and question = ?3 and position = ?4",
                cycle, country, question, position).singleResult());
    }

    /** Brings the cycle's pending rows forward, as if their backoff or lease had passed. */
    private void makeDue(String cycle) {
        QuarkusTransaction.requiringNew().run(() -> publications.update("nextAttemptAt = ?1 where cycle = ?2 and status = ?3",
                OffsetDateTime.now().minusSeconds(1), cycle, Publication.Status.PENDING));
    }

    private void awaitReceived(String cycle, int calls) {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (registry().received(cycle).size() < calls && System.nanoTime() < until) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        assertEquals(calls, registry().received(cycle).size());
    }

    private static String publicationPath(long id) {
        return "/api/questionnaire/v1/publications/" + id;
    }

    private static JsonNode claims(String bearer) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(bearer.substring("Bearer ".length()).split("\\.")[1]));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
