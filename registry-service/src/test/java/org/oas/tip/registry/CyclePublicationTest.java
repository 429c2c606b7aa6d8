package org.oas.tip.registry;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.oas.tip.testing.PostgresTestResource;
import org.oas.tip.testing.TestCaller;
import org.oas.tip.testing.TestTokens;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.oas.tip.registry.InstrumentData.INSTRUMENTS;

/** The bulk reconcile of an accepted response: outcomes, versions across cycles, idempotence, conflicts, refusals. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class CyclePublicationTest {

    private static String cycle() {
        return "2023-2026-" + InstrumentData.marker();
    }

    private static io.restassured.response.ValidatableResponse get(long id) {
        return given().auth().oauth2(TestTokens.admin()).when().get(INSTRUMENTS + "/" + id).then().statusCode(200);
    }

    private static Map<String, Object> plan(String country, String title, int start, int end) {
        return InstrumentData.of(country, "PLAN", title).years(start, end).with("plan", Map.of("planType", "PLAN_OF_ACTION")).body();
    }

    @Test
    void oneCallCreatesUpdatesConfirmsEndsAndWithdrawsAndVersionsSpanTwoCycles() {
        String m = InstrumentData.marker();
        String admin = TestTokens.admin();
        long oldPlan = InstrumentData.of("URY", "PLAN", m + " plan 2015-2020").years(2015, 2020).create(admin);
        long line = InstrumentData.hotline("URY", m + " línea", "0800 5050", "FREE").create(admin);
        long ending = InstrumentData.of("URY", "NATIONAL_POLICY", m + " política").years(2016, 2030).create(admin);
        long wrong = InstrumentData.of("URY", "STATISTICAL_REPORT", m + " informe duplicado").create(admin);
        String first = cycle();
        PublicationData.of(first + "/URY/1", first, "URY", 20)
                .create("B.plans[0]", plan("URY", m + " plan 2021-2025", 2021, 2025))
                .update("B.plans[1]", oldPlan, 1, Map.of("yearEnd", 2030, "plan", Map.of("genderPerspective", true)))
                .with("successorRef", "B.plans[0]")
                .confirm("E.channels[0]", line, 1)
                .end("B.policies[0]", ending, 1, "ENDED", "2025-12-31")
                .withdraw("F.reports[0]", wrong, 1, "reported in error: duplicate")
                .post(TestTokens.publisher()).statusCode(200)
                .body("key", equalTo(first + "/URY/1"))
                .body("results.ref", contains("B.plans[0]", "B.plans[1]", "E.channels[0]", "B.policies[0]", "F.reports[0]"))
                .body("results.outcome", contains("CREATED", "UPDATED", "CONFIRMED", "ENDED", "WITHDRAWN"))
                .body("results.revision", contains(1, 2, 1, 2, 2));
        long newPlan = given().queryParam("q", m + " 2021").get(INSTRUMENTS).then().extract().jsonPath().getLong("items[0].id");

        get(oldPlan).body("yearEnd", equalTo(2030)).body("plan.genderPerspective", equalTo(true))
                .body("plan.successorId", equalTo((int) newPlan)).body("provenance.source", equalTo("DESK_RESEARCH"))
                .body("provenance.cycles.cycle", contains(first)).body("provenance.cycles[0].action", equalTo("UPDATED"))
                .body("provenance.cycles[0].question", equalTo("B.plans")).body("provenance.cycles[0].revision", equalTo(2));
        get(newPlan).body("provenance.source", equalTo("CYCLE_ANSWER")).body("provenance.cycle", equalTo(first))
                .body("provenance.question", equalTo("B.plans")).body("provenance.position", equalTo(0))
                .body("provenance.cycles[0].action", equalTo("REPORTED"));
        get(ending).body("status", equalTo("ENDED")).body("statusDate", equalTo("2025-12-31"));
        given().when().get(INSTRUMENTS + "/" + wrong).then().statusCode(404);
        get(wrong).body("status", equalTo("WITHDRAWN")).body("statusReason", equalTo("reported in error: duplicate"));

        // asOf: the cycle's versions are valid from its reference date, the direct entries from today
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String later = LocalDate.now(ZoneOffset.UTC).plusDays(40).toString();
        given().queryParam("asOf", today).queryParam("country", "URY").queryParam("limit", 500).get(INSTRUMENTS).then().statusCode(200)
                .body("items.find { it.id == " + oldPlan + " }.yearEnd", equalTo(2020))
                .body("items.find { it.id == " + newPlan + " }", nullValue())
                .body("items.find { it.id == " + wrong + " }", nullValue());
        given().queryParam("asOf", later).queryParam("country", "URY").queryParam("limit", 500).get(INSTRUMENTS).then().statusCode(200)
                .body("items.find { it.id == " + oldPlan + " }.yearEnd", equalTo(2030))
                .body("items.find { it.id == " + newPlan + " }.title", equalTo(m + " plan 2021-2025"));
        // cycle: what it reported or confirmed, in the version it established; the withdrawn one only for the secretariat
        List<Integer> reported = given().queryParam("cycle", first).get(INSTRUMENTS).then().statusCode(200)
                .extract().jsonPath().getList("items.id");
        assertEquals(List.of((int) oldPlan, (int) line, (int) ending, (int) newPlan), reported);
        given().auth().oauth2(admin).queryParam("cycle", first).queryParam("status", "WITHDRAWN").get(INSTRUMENTS).then().statusCode(200)
                .body("items.id", contains((int) wrong));

        // the next cycle confirms the plan and changes the line: both cycles are in the provenance
        String second = cycle();
        PublicationData.of(second + "/URY/1", second, "URY", 60)
                .confirm("B.plans[0]", oldPlan, 2)
                .update("E.channels[0]", line, 1, Map.of("channel", Map.of("type", "DEDICATED_TIP_LINE", "contact", "0800 5051")))
                .post(TestTokens.publisher()).statusCode(200)
                .body("results.outcome", contains("CONFIRMED", "UPDATED")).body("results.revision", contains(2, 2));
        get(oldPlan).body("provenance.cycles.cycle", contains(first, second))
                .body("provenance.cycles.action", contains("UPDATED", "CONFIRMED")).body("revision", equalTo(2));
        given().auth().oauth2(TestTokens.analyst()).get(INSTRUMENTS + "/" + line + "/versions").then().statusCode(200)
                .body("revision", contains(1, 2)).body("origin", contains("DIRECT_ENTRY", "CYCLE"))
                .body("[1].cycle", equalTo(second)).body("[1].instrument.channel.contact", equalTo("0800 5051"))
                .body("[1].validFrom", equalTo(LocalDate.now(ZoneOffset.UTC).plusDays(60).toString()));
        given().queryParam("cycle", first).queryParam("country", "URY").get(INSTRUMENTS).then()
                .body("items.find { it.id == " + line + " }.channel.contact", equalTo("0800 5050"));
    }

    @Test
    void aRetryRacingTheFirstDeliveryGetsTheSameResultAndOneInstrument() throws Exception {
        String m = InstrumentData.marker();
        String c = cycle();
        PublicationData publication = PublicationData.of(c + "/URY/1", c, "URY", 10);
        for (int i = 0; i < 30; i++) {
            publication.create("E.channels[" + i + "]", InstrumentData.hotline("URY", m + " línea " + i, "0800 " + (1000 + i), "FREE").body());
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.concurrent.Callable<io.restassured.response.Response> delivery =
                    () -> publication.post(TestTokens.publisher()).extract().response();
            List<java.util.concurrent.Future<io.restassured.response.Response>> answers =
                    pool.invokeAll(java.util.Collections.nCopies(4, delivery));
            java.util.Set<String> bodies = new java.util.HashSet<>();
            for (var answer : answers) {
                assertEquals(200, answer.get().statusCode(), answer.get().asString());
                bodies.add(answer.get().asString());
            }
            assertEquals(1, bodies.size(), "every delivery answers the one stored result");
        } finally {
            pool.shutdown();
        }
        given().queryParam("q", m + " línea").queryParam("limit", 100).get(INSTRUMENTS).then().body("items", hasSize(30));
    }

    @Test
    void publishingTwiceChangesNothing() {
        String m = InstrumentData.marker();
        long plan = InstrumentData.of("PRY", "PLAN", m + " plan").years(2019, 2024).create(TestTokens.admin());
        String c = cycle();
        PublicationData publication = PublicationData.of(c + "/PRY/1", c, "PRY", 10)
                .create("E.channels[0]", InstrumentData.hotline("PRY", m + " línea 133", "133", "FREE").body())
                .update("B.plans[0]", plan, 1, Map.of("yearEnd", 2026))
                .end("B.plans[1]", InstrumentData.of("PRY", "LAW", m + " ley").create(TestTokens.admin()), 1, "REPEALED", "2024-03-01");
        var result = publication.post(TestTokens.publisher()).statusCode(200)
                .body("results.outcome", contains("CREATED", "UPDATED", "ENDED")).extract().asString();
        assertEquals(result, publication.post(TestTokens.publisher()).statusCode(200).extract().asString());
        // another key, same content (e.g. a retry that lost its key): the answer's instrument is found, nothing new
        publication.key(c + "/PRY/2").post(TestTokens.publisher()).statusCode(200)
                .body("results.outcome", contains("CONFIRMED", "CONFIRMED", "UNCHANGED")).body("results.revision", contains(1, 2, 2));
        given().queryParam("q", m + " 133").get(INSTRUMENTS).then().body("items", hasSize(1));
        given().auth().oauth2(TestTokens.admin()).get(INSTRUMENTS + "/" + plan + "/versions").then().body("revision", contains(1, 2));
        long unit = InstrumentData.of("PRY", "SPECIALIZED_UNIT", m + " unidad").create(TestTokens.admin());
        publication.key(c + "/PRY/1").confirm("D.units[0]", unit, 1)
                .post(TestTokens.publisher()).statusCode(422).contentType("application/problem+json");
    }

    @Test
    void aFieldTheSecretariatChangedToAnotherValueIsAConflictWithBothValues() {
        String m = InstrumentData.marker();
        InstrumentData plan = InstrumentData.of("BOL", "PLAN", m + " plan").years(2016, 2020);
        long id = plan.create(TestTokens.admin());
        plan.with("yearEnd", 2022);
        given().auth().oauth2(TestTokens.admin()).header("If-Match", "\"0\"").contentType("application/json").body(plan.body())
                .when().put(INSTRUMENTS + "/" + id).then().statusCode(200).body("revision", equalTo(2));
        String c = cycle();
        PublicationData.of(c + "/BOL/1", c, "BOL", 10).update("B.plans[0]", id, 1, Map.of("yearEnd", 2030))
                .post(TestTokens.publisher()).statusCode(200)
                .body("results[0].outcome", equalTo("CONFLICT")).body("results[0].revision", equalTo(2))
                .body("results[0].conflicts", hasSize(1)).body("results[0].conflicts[0].field", equalTo("yearEnd"))
                .body("results[0].conflicts[0].baseValue", equalTo(2020)).body("results[0].conflicts[0].countryValue", equalTo(2030))
                .body("results[0].conflicts[0].registryValue", equalTo(2022));
        get(id).body("yearEnd", equalTo(2022)).body("revision", equalTo(2)).body("provenance.cycles", hasSize(0));
    }

    @Test
    void aChangeOfAnotherFieldIsMerged() {
        String m = InstrumentData.marker();
        InstrumentData plan = InstrumentData.of("ECU", "PLAN", m + " plan").years(2016, 2020);
        long id = plan.create(TestTokens.admin());
        plan.with("title", m + " plan corrected");
        given().auth().oauth2(TestTokens.admin()).header("If-Match", "\"0\"").contentType("application/json").body(plan.body())
                .when().put(INSTRUMENTS + "/" + id).then().statusCode(200);
        String c = cycle();
        PublicationData.of(c + "/ECU/1", c, "ECU", 10).update("B.plans[0]", id, 1, Map.of("yearEnd", 2030, "title", m + " plan"))
                .post(TestTokens.publisher()).statusCode(200)
                .body("results[0].outcome", equalTo("UPDATED")).body("results[0].revision", equalTo(3));
        // the title the country did not change stays the secretariat's; the end year is the country's
        get(id).body("title", equalTo(m + " plan corrected")).body("yearEnd", equalTo(2030));
    }

    @Test
    void anyViolationRefusesTheWholePublicationNamingEachEntry() {
        String m = InstrumentData.marker();
        long line = InstrumentData.hotline("CRI", m + " línea", "1311", "FREE").create(TestTokens.admin());
        long mexPlan = InstrumentData.of("MEX", "PLAN", m + " programa").create(TestTokens.admin());
        String c = cycle();
        Map<String, Object> claimed = InstrumentData.of("CRI", "LAW", m + " ley")
                .with("provenance", Map.of("source", "REPORT_BASELINE")).body();
        PublicationData.of(c + "/CRI/1", c, "CRI", 10)
                .create("B.plans[0]", plan("CRI", m + " plan nuevo", 2022, 2026))
                .update("E.channels[0]", line, 1, Map.of("channel", Map.of("contact", "call us"), "yearEnd", 1800))
                .confirm("B.plans[1]", mexPlan, 1)
                .create("B.plans[2]", InstrumentData.of("CRI", "PLAN", m + " plan").with("plan", Map.of("successorId", mexPlan)).body())
                .create("D.laws[0]", claimed)
                .update("B.plans[3]", line, 1, Map.of("kind", "LAW"))
                .post(TestTokens.publisher()).statusCode(400).contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("entries[5].registryId", "entries[5].changes.kind"));
        PublicationData.of(c + "/CRI/1", c, "CRI", 10)
                .create("B.plans[0]", plan("CRI", m + " plan nuevo", 2022, 2026))
                .update("E.channels[0]", line, 1, Map.of("channel", Map.of("contact", "call us"), "yearEnd", 1800))
                .confirm("B.plans[1]", mexPlan, 1)
                .create("B.plans[2]", InstrumentData.of("CRI", "PLAN", m + " plan").with("plan", Map.of("successorId", mexPlan)).body())
                .create("D.laws[0]", claimed)
                .post(TestTokens.publisher()).statusCode(400)
                .body("violations.field", containsInAnyOrder("entries[1].changes.channel.contact", "entries[1].changes.yearEnd",
                        "entries[2].registryId", "entries[3].instrument.plan.successorId", "entries[4].instrument.provenance.source"));
        given().queryParam("q", m).queryParam("country", "CRI").get(INSTRUMENTS).then().body("items.id", contains((int) line));
        get(line).body("revision", equalTo(1)).body("provenance.cycles", hasSize(0));
    }

    @Test
    void onlyTheQuestionnaireServicePublishes() {
        String m = InstrumentData.marker();
        int[] expected = {401, 403, 403, 403, 403};
        for (TestCaller who : TestCaller.values()) {
            String c = cycle();
            PublicationData p = PublicationData.of(c + "/ARG/1", c, "ARG", 10)
                    .create("E.channels[0]", InstrumentData.hotline("ARG", m + " línea", "145").body());
            assertEquals(expected[who.ordinal()], who.request().contentType("application/json").body(p.body())
                    .post(PublicationData.PUBLICATIONS).statusCode(), "publish as " + who);
        }
        given().queryParam("q", m).get(INSTRUMENTS).then().body("items", hasSize(0));
        String c = cycle();
        PublicationData.of(c + "/ARG/1", c, "ARG", 10).create("E.channels[0]", InstrumentData.hotline("ARG", m + " línea", "145").body())
                .post(TestTokens.publisher()).statusCode(200);
    }
}
