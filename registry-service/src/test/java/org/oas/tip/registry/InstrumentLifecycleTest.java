package org.oas.tip.registry;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.oas.tip.testing.PostgresTestResource;
import org.oas.tip.testing.TestCaller;
import org.oas.tip.testing.TestTokens;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.oas.tip.registry.InstrumentData.INSTRUMENTS;

/** Ending, repealing and withdrawing instruments, and what each reader then sees; asOf and updatedAfter over direct entries. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class InstrumentLifecycleTest {

    private static final String DIRECTORY = "/api/registry/v1/directory/channels";

    private static io.restassured.response.ValidatableResponse status(String token, long id, String etag, Map<String, Object> body) {
        return given().auth().oauth2(token).header("If-Match", etag).contentType("application/json").body(body)
                .when().put(INSTRUMENTS + "/" + id + "/status").then();
    }

    private static io.restassured.response.ValidatableResponse withdraw(String token, long id, String etag, Map<String, Object> body) {
        return given().auth().oauth2(token).header("If-Match", etag).contentType("application/json").body(body)
                .when().post(INSTRUMENTS + "/" + id + "/withdrawal").then();
    }

    private static List<Integer> listed(TestCaller who, String marker, Map<String, ?> params) {
        return who.request().queryParam("q", marker).queryParams(params).get(INSTRUMENTS)
                .then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    @Test
    void aWithdrawnInstrumentIsGoneExceptForTheSecretariatAndAnalysts() {
        String m = InstrumentData.marker();
        String before = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1).toString();
        long id = InstrumentData.hotline("ARG", m + " línea duplicada", "0800-222-1717", "FREE").create(TestTokens.focalPoint("ARG"));
        withdraw(TestTokens.focalPoint("ARG"), id, "\"0\"", Map.of("reason", "duplicate")).statusCode(403);
        withdraw(TestTokens.admin(), id, "\"0\"", Map.of()).statusCode(400).body("violations[0].field", equalTo("reason"));
        withdraw(TestTokens.admin(), id, "\"0\"", Map.of("reason", "reported in error: duplicate of the 145 line"))
                .statusCode(200).body("status", equalTo("WITHDRAWN")).body("statusDate", equalTo(LocalDate.now(ZoneOffset.UTC).toString()))
                .body("statusReason", equalTo("reported in error: duplicate of the 145 line")).body("revision", equalTo(2));
        withdraw(TestTokens.admin(), id, "\"1\"", Map.of("reason", "again")).statusCode(409);

        int[] byId = {404, 404, 404, 200, 200};
        for (TestCaller who : TestCaller.values()) {
            assertEquals(byId[who.ordinal()], who.request().get(INSTRUMENTS + "/" + id).statusCode(), "get as " + who);
            assertEquals(List.of(), listed(who, m, Map.of()), "list as " + who);
            assertEquals(0, who.request().queryParam("q", m).get(INSTRUMENTS + "/search").then().statusCode(200)
                    .extract().jsonPath().getList("$").size(), "search as " + who);
            String csv = who.request().accept("text/csv").queryParam("q", m).get(INSTRUMENTS).then().statusCode(200).extract().asString();
            assertEquals(1, csv.strip().split("\r\n").length, "csv as " + who);
            assertFalse(who.request().queryParam("country", "ARG").get(DIRECTORY).asString().contains(m), "directory as " + who);
        }
        assertEquals(List.of((int) id), listed(TestCaller.ADMIN, m, Map.of("status", "WITHDRAWN")));
        assertEquals(List.of((int) id), listed(TestCaller.ANALYST, m, Map.of("status", "WITHDRAWN")));
        TestCaller.FOCAL_OWN.request().queryParam("status", "WITHDRAWN").get(INSTRUMENTS)
                .then().statusCode(403).contentType("application/problem+json").body("violations[0].field", equalTo("status"));

        // changes since a moment: a tombstone for those who may not read it, the record for the secretariat
        TestCaller.ANONYMOUS.request().queryParam("q", m).queryParam("updatedAfter", before).get(INSTRUMENTS).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo((int) id)).body("items[0].status", equalTo("WITHDRAWN"))
                .body("items[0].country", equalTo("ARG")).body("items[0].title", nullValue()).body("items[0].channel", nullValue());
        TestCaller.ADMIN.request().queryParam("q", m).queryParam("updatedAfter", before).get(INSTRUMENTS).then().statusCode(200)
                .body("items[0].title", equalTo(m + " línea duplicada"));

        TestCaller.ANALYST.request().get(INSTRUMENTS + "/" + id + "/versions").then().statusCode(200)
                .body("revision", contains(1, 2)).body("origin", contains("DIRECT_ENTRY", "DIRECT_ENTRY"))
                .body("[1].instrument.status", equalTo("WITHDRAWN")).body("[0].subject", equalTo("focal-arg"));
        TestCaller.FOCAL_OWN.request().get(INSTRUMENTS + "/" + id + "/versions").then().statusCode(404);
        TestCaller.ADMIN.request().get(INSTRUMENTS + "/" + id + "/history").then().statusCode(200)
                .body("action", contains("CREATED", "WITHDRAWN"));
    }

    @Test
    void anEndedPlanIsNoLongerInForceAfterItsDate() {
        String m = InstrumentData.marker();
        long id = InstrumentData.of("MEX", "PLAN", m + " Programa Nacional").years(2014, 2030)
                .with("plan", Map.of("planType", "PROGRAM")).create(TestTokens.focalPoint("MEX"));
        status(TestTokens.focalPoint("ARG"), id, "\"0\"", Map.of("status", "ENDED", "date", "2020-06-30")).statusCode(403);
        status(TestTokens.focalPoint("MEX"), id, "\"0\"", Map.of("status", "WITHDRAWN", "date", "2020-06-30"))
                .statusCode(400).body("violations[0].field", equalTo("status"));
        status(TestTokens.focalPoint("MEX"), id, "\"0\"", Map.of("status", "ENDED"))
                .statusCode(400).body("violations[0].field", equalTo("date"));
        status(TestTokens.focalPoint("MEX"), id, "\"0\"", Map.of("status", "ENDED", "date", "2020-06-30", "note", "replaced early"))
                .statusCode(200).body("status", equalTo("ENDED")).body("statusDate", equalTo("2020-06-30"))
                .body("statusReason", equalTo("replaced early")).body("yearEnd", equalTo(2030)).body("revision", equalTo(2));

        assertEquals(List.of((int) id), listed(TestCaller.ANONYMOUS, m, Map.of("inForceAt", "2020-06-29")));
        assertEquals(List.of(), listed(TestCaller.ANONYMOUS, m, Map.of("inForceAt", "2020-06-30")));
        assertEquals(List.of((int) id), listed(TestCaller.ANONYMOUS, m, Map.of()));
        assertEquals(List.of(), listed(TestCaller.ANONYMOUS, m, Map.of("status", "IN_FORCE")));
        assertEquals(List.of((int) id), listed(TestCaller.FOCAL_OTHER, m, Map.of("status", "ENDED")));
        TestCaller.ANONYMOUS.request().get(INSTRUMENTS + "/" + id).then().statusCode(200).body("status", equalTo("ENDED"));
    }

    @Test
    void aRepealedLawAndAnEndedLineLeaveTheDirectory() {
        String m = InstrumentData.marker();
        long law = InstrumentData.of("PER", "LAW", m + " Ley 28950").years(2007, null).create(TestTokens.admin());
        status(TestTokens.admin(), law, "\"0\"", Map.of("status", "REPEALED", "date", "2022-01-01")).statusCode(200);
        assertEquals(List.of((int) law), listed(TestCaller.ANALYST, m, Map.of("inForceAt", "2021-12-31")));
        assertEquals(List.of(), listed(TestCaller.ANALYST, m, Map.of("inForceAt", "2022-01-01")));

        long line = InstrumentData.hotline("PER", m + " línea 1818", "1818", "FREE").create(TestTokens.admin());
        given().queryParam("country", "PER").get(DIRECTORY).then().statusCode(200)
                .body("[0].channels.find { it.id == " + line + " }.title", equalTo(m + " línea 1818"));
        status(TestTokens.focalPoint("PER"), line, "\"0\"", Map.of("status", "ENDED", "date", "2024-01-31")).statusCode(200);
        assertFalse(given().queryParam("country", "PER").get(DIRECTORY).asString().contains(m));
        // back in force
        status(TestTokens.admin(), line, "\"1\"", Map.of("status", "IN_FORCE")).statusCode(200).body("revision", equalTo(3));
        given().queryParam("country", "PER").get(DIRECTORY).then().statusCode(200)
                .body("[0].channels.find { it.id == " + line + " }.title", equalTo(m + " línea 1818"));
    }

    @Test
    void asOfShowsTheVersionValidThenAndCombinesOnlyWithIdentityFilters() {
        String m = InstrumentData.marker();
        InstrumentData unit = InstrumentData.of("CHL", "SPECIALIZED_UNIT", m + " Brigada").with("unit", Map.of("sphere", "POLICE"));
        long id = unit.create(TestTokens.admin());
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        unit.with("title", m + " Brigada Investigadora");
        given().auth().oauth2(TestTokens.admin()).header("If-Match", "\"0\"").contentType("application/json").body(unit.body())
                .when().put(INSTRUMENTS + "/" + id).then().statusCode(200);
        // a direct entry is valid from the day it was made: it did not exist yesterday
        given().queryParam("asOf", yesterday).queryParam("country", "CHL").queryParam("limit", 500).get(INSTRUMENTS).then().statusCode(200)
                .body("items.find { it.id == " + id + " }", nullValue());
        given().queryParam("asOf", today).queryParam("country", "CHL").queryParam("kind", "SPECIALIZED_UNIT").queryParam("limit", 500)
                .get(INSTRUMENTS).then().statusCode(200)
                .body("items.find { it.id == " + id + " }.title", equalTo(m + " Brigada Investigadora"))
                .body("items.find { it.id == " + id + " }.revision", equalTo(2));
        given().queryParam("asOf", today).queryParam("q", m).queryParam("yearFrom", 2000).get(INSTRUMENTS).then().statusCode(400)
                .body("violations.field", contains("yearFrom", "q"));
        given().queryParam("cycle", "2015-2018").queryParam("verified", true).get(INSTRUMENTS).then().statusCode(400)
                .body("violations.field", contains("verified"));
        given().queryParam("asOf", "soon").get(INSTRUMENTS).then().statusCode(400).body("violations[0].field", equalTo("asOf"));
        given().queryParam("updatedAfter", "yesterday").get(INSTRUMENTS).then().statusCode(400)
                .body("violations[0].field", equalTo("updatedAfter"));
    }

    @Test
    void theBaselineIsWhat2015To2018ReportedAndValidSinceTheStart() {
        int all = given().queryParam("cycle", "2015-2018").queryParam("country", "ARG").queryParam("limit", 500).get(INSTRUMENTS)
                .then().statusCode(200).extract().jsonPath().getList("items").size();
        int early = given().queryParam("asOf", "2016-01-01").queryParam("country", "ARG").queryParam("limit", 500).get(INSTRUMENTS)
                .then().statusCode(200).body("items.provenance.source.unique()", contains("REPORT_BASELINE"))
                .extract().jsonPath().getList("items").size();
        assertEquals(all, early);
    }
}
