package org.oas.tip.registry;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.oas.tip.testing.PostgresTestResource;
import org.oas.tip.testing.TestTokens;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.oas.tip.registry.InstrumentData.INSTRUMENTS;

/**
 * The records the secretariat attaches to a cycle: attachments, corrections, detachments, what a cycle read shows of
 * them, that a later publication of the cycle wins, and that bad input stores nothing.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class CycleAttachmentTest {

    private static final String BASELINE = "2015-2018";

    private static String cycles(long id) {
        return INSTRUMENTS + "/" + id + "/cycles";
    }

    private static ValidatableResponse attach(long id, String cycle, Map<String, ?> body) {
        return given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(body)
                .when().put(cycles(id) + "/" + cycle).then();
    }

    private static ValidatableResponse detach(long id, String cycle, String reason) {
        var request = given().auth().oauth2(TestTokens.admin());
        if (reason != null) {
            request.queryParam("reason", reason);
        }
        return request.when().delete(cycles(id) + "/" + cycle).then();
    }

    /** A cycle read of one country, as the analytics' snapshot makes it. */
    private static ValidatableResponse cycleRead(String cycle, String country, String token) {
        var request = token == null ? given() : given().auth().oauth2(token);
        return request.queryParam("cycle", cycle).queryParam("country", country).queryParam("limit", 500)
                .when().get(INSTRUMENTS).then().statusCode(200);
    }

    private static String item(long id) {
        return "items.find { it.id == " + id + " }";
    }

    /** A direct change of the title: the next revision. */
    private static void retitle(long id, InstrumentData data, String title) {
        String etag = given().auth().oauth2(TestTokens.admin()).get(INSTRUMENTS + "/" + id).then().extract().header("ETag");
        given().auth().oauth2(TestTokens.admin()).header("If-Match", etag).contentType("application/json")
                .body(data.with("title", title).body()).when().put(INSTRUMENTS + "/" + id).then().statusCode(200);
    }

    private static List<String> historyActions(long id) {
        return given().auth().oauth2(TestTokens.admin()).get(INSTRUMENTS + "/" + id + "/history").then().statusCode(200)
                .extract().jsonPath().getList("action", String.class);
    }

    @Test
    void anAttachmentAndACorrectionMoveTheirCycleAndNoOther() {
        String m = InstrumentData.marker();
        String later = "2023-2026-" + m;
        InstrumentData plan = InstrumentData.of("TTO", "PLAN", m + " plan").years(2016, 2019);
        // a plan 2015-2018 reported (published here as that cycle's answer), confirmed by a later cycle
        PublicationData first = PublicationData.of(BASELINE + "/TTO/" + m, BASELINE, "TTO", 0).create("B.plans[0]", plan.body());
        first.body().put("referenceDate", "2018-12-31");
        long reported = first.post(TestTokens.publisher()).statusCode(200).extract().jsonPath().getLong("results[0].registryId");
        PublicationData.of(later + "/TTO/1", later, "TTO", 10).confirm("B.plans[0]", reported, 1)
                .post(TestTokens.publisher()).statusCode(200).body("results[0].outcome", equalTo("CONFIRMED"));
        InstrumentData report = InstrumentData.of("TTO", "STATISTICAL_REPORT", m + " informe 2017");
        long omitted = report.create(TestTokens.admin());

        cycleRead(BASELINE, "TTO", null).body(item(reported) + ".cycleEntry.action", equalTo("REPORTED"))
                .body(item(reported) + ".cycleEntry.origin", equalTo("CYCLE")).body(item(omitted), nullValue());

        // attached: the 2015-2018 read takes it, with the public reason; who did it only for the secretariat and analysts
        String why = "omitted from the 2015-2018 report by mistake";
        attach(omitted, BASELINE, Map.of("reason", "  " + why + " ")).statusCode(200).contentType("application/json")
                .body("instrumentId", equalTo((int) omitted)).body("cycle", equalTo(BASELINE))
                .body("action", equalTo("ATTACHED")).body("revision", equalTo(1)).body("origin", equalTo("DIRECT_ENTRY"))
                .body("previousRevision", nullValue()).body("reason", equalTo(why)).body("attachedBy", equalTo("admin"))
                .body("recordedAt", notNullValue());
        cycleRead(BASELINE, "TTO", null).body(item(omitted) + ".title", equalTo(m + " informe 2017"))
                .body(item(omitted) + ".cycleEntry.action", equalTo("ATTACHED"))
                .body(item(omitted) + ".cycleEntry.reason", equalTo(why))
                .body(item(omitted) + ".cycleEntry.attachedBy", nullValue());
        cycleRead(BASELINE, "TTO", TestTokens.analyst()).body(item(omitted) + ".cycleEntry.attachedBy", equalTo("admin"));

        // corrected: the plan changed after 2015-2018 reported it; the secretariat makes 2015-2018 take revision 2
        retitle(reported, plan, m + " plan (texto oficial)");
        cycleRead(BASELINE, "TTO", null).body(item(reported) + ".title", equalTo(m + " plan"));
        attach(reported, BASELINE, Map.of("reason", "the report quoted a draft", "revision", 2)).statusCode(200)
                .body("action", equalTo("CORRECTED")).body("revision", equalTo(2)).body("previousRevision", equalTo(1))
                .body("origin", equalTo("DIRECT_ENTRY")).body("reason", equalTo("the report quoted a draft"));
        cycleRead(BASELINE, "TTO", null).body(item(reported) + ".title", equalTo(m + " plan (texto oficial)"))
                .body(item(reported) + ".revision", equalTo(2))
                .body(item(reported) + ".cycleEntry.action", equalTo("CORRECTED"))
                .body(item(reported) + ".cycleEntry.previousRevision", equalTo(1))
                .body(item(omitted) + ".cycleEntry.action", equalTo("ATTACHED"));

        // the later cycle did not move; lists without cycle carry no cycleEntry
        cycleRead(later, "TTO", null).body("items", hasSize(1)).body(item(reported) + ".title", equalTo(m + " plan"))
                .body(item(reported) + ".cycleEntry.action", equalTo("CONFIRMED"))
                .body(item(reported) + ".cycleEntry.revision", equalTo(1))
                .body(item(reported) + ".cycleEntry.reason", nullValue());
        given().queryParam("q", m).get(INSTRUMENTS).then().statusCode(200).body("items", hasSize(2))
                .body("items.cycleEntry", contains(nullValue(), nullValue()));

        // the instrument did not change: same revision and ETag; the correction is in its history
        given().get(INSTRUMENTS + "/" + reported).then().statusCode(200).body("revision", equalTo(2)).header("ETag", "\"1\"")
                .body("provenance.cycles.find { it.cycle == '" + BASELINE + "' }.action", equalTo("CORRECTED"));
        given().auth().oauth2(TestTokens.admin()).get(INSTRUMENTS + "/" + reported + "/history").then()
                .body("find { it.action == 'CYCLE_ATTACHED' }.before.revision", equalTo(1))
                .body("find { it.action == 'CYCLE_ATTACHED' }.after.revision", equalTo(2))
                .body("find { it.action == 'CYCLE_ATTACHED' }.after.action", equalTo("CORRECTED"));

        // the same revision again changes nothing
        String recordedAt = given().get(cycles(reported)).then().extract().jsonPath().getString("[0].recordedAt");
        attach(reported, BASELINE, Map.of("reason", "again", "revision", 2)).statusCode(200)
                .body("reason", equalTo("the report quoted a draft")).body("recordedAt", equalTo(recordedAt));
        assertEquals(1, historyActions(reported).stream().filter("CYCLE_ATTACHED"::equals).count());

        // the instrument's entries, by cycle code, for whoever reads it
        given().get(cycles(reported)).then().statusCode(200)
                .body("cycle", contains(BASELINE, later)).body("action", contains("CORRECTED", "CONFIRMED"))
                .body("revision", contains(2, 1)).body("origin", contains("DIRECT_ENTRY", "CYCLE"))
                .body("attachedBy", contains(nullValue(), nullValue()));
        given().auth().oauth2(TestTokens.focalPoint("TTO")).get(cycles(reported)).then().statusCode(200)
                .body("attachedBy", contains("admin", null));

        // the CSV of the cycle read has the record's columns
        String csv = given().accept("text/csv").queryParam("cycle", BASELINE).queryParam("country", "TTO").get(INSTRUMENTS)
                .then().statusCode(200).extract().asString();
        String header = csv.lines().findFirst().orElseThrow();
        assertEquals(true, header.endsWith(",revision,cycle_action,cycle_revision,cycle_origin,cycle_previous_revision,cycle_reason"), header);
        assertEquals(true, csv.lines().anyMatch(l -> l.startsWith(omitted + ",") && l.endsWith(",1,ATTACHED,1,DIRECT_ENTRY,," + why)), csv);
        String plain = given().accept("text/csv").queryParam("country", "TTO").get(INSTRUMENTS).then().extract().asString();
        assertEquals(false, plain.lines().findFirst().orElseThrow().contains("cycle_action"));
    }

    @Test
    void anAttachedRecordMovesToAnotherRevisionAndIsDetached() {
        String m = InstrumentData.marker();
        String cycle = "2023-2026-" + m;
        InstrumentData report = InstrumentData.of("TTO", "STATISTICAL_REPORT", m + " informe");
        long id = report.create(TestTokens.admin());
        retitle(id, report, m + " informe revisado");
        attach(id, cycle, Map.of("reason", "sent by e-mail after the deadline", "revision", 1)).statusCode(200)
                .body("action", equalTo("ATTACHED")).body("revision", equalTo(1));
        cycleRead(cycle, "TTO", null).body(item(id) + ".title", equalTo(m + " informe"));
        attach(id, cycle, Map.of("reason", "the revised edition")).statusCode(200)
                .body("action", equalTo("ATTACHED")).body("revision", equalTo(2)).body("previousRevision", equalTo(1))
                .body("reason", equalTo("the revised edition"));
        cycleRead(cycle, "TTO", null).body(item(id) + ".title", equalTo(m + " informe revisado"));

        detach(id, cycle, null).statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("reason")).body("violations[0].in", equalTo("query"));
        detach(id, cycle, " ").statusCode(400).body("violations[0].field", equalTo("reason"));
        detach(id, cycle, "x".repeat(501)).statusCode(400).body("violations[0].field", equalTo("reason"));
        detach(id, cycle, "attached to the wrong cycle").statusCode(204);
        given().get(cycles(id)).then().statusCode(200).body("$", hasSize(0));
        cycleRead(cycle, "TTO", null).body("items", hasSize(0));
        detach(id, cycle, "again").statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.admin()).get(INSTRUMENTS + "/" + id + "/history").then()
                .body("action", contains("CREATED", "UPDATED", "CYCLE_ATTACHED", "CYCLE_ATTACHED", "CYCLE_DETACHED"))
                .body("[4].before.action", equalTo("ATTACHED")).body("[4].after.reason", equalTo("attached to the wrong cycle"))
                .body("[4].after.detached", equalTo(true));
    }

    @Test
    void aCyclesOwnRecordIsNotDetachedAndALaterPublicationOfTheCycleWins() {
        String m = InstrumentData.marker();
        String cycle = "2023-2026-" + m;
        long line = InstrumentData.hotline("TTO", m + " línea", "800-4321", "FREE").create(TestTokens.admin());
        attach(line, cycle, Map.of("reason", "the answer omitted it")).statusCode(200).body("action", equalTo("ATTACHED"));
        PublicationData.of(cycle + "/TTO/1", cycle, "TTO", 5).confirm("E.channels[0]", line, 1)
                .post(TestTokens.publisher()).statusCode(200).body("results[0].outcome", equalTo("CONFIRMED"));
        given().auth().oauth2(TestTokens.admin()).get(cycles(line)).then().statusCode(200)
                .body("[0].action", equalTo("CONFIRMED")).body("[0].reason", nullValue())
                .body("[0].previousRevision", nullValue()).body("[0].attachedBy", nullValue());
        detach(line, cycle, "no longer needed").statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("a cycle's own record cannot be detached; withdraw or correct it"));
        // corrected to a later revision: still the cycle's own record; published again, the answer wins over the correction
        InstrumentData data = InstrumentData.hotline("TTO", m + " línea", "800-4321", "FREE");
        retitle(line, data, m + " línea nacional");
        attach(line, cycle, Map.of("reason", "the number changed", "revision", 2)).statusCode(200)
                .body("action", equalTo("CORRECTED")).body("previousRevision", equalTo(1));
        detach(line, cycle, "no longer needed").statusCode(409);
        PublicationData.of(cycle + "/TTO/2", cycle, "TTO", 5).confirm("E.channels[0]", line, 2)
                .post(TestTokens.publisher()).statusCode(200).body("results[0].outcome", equalTo("CONFIRMED"));
        given().auth().oauth2(TestTokens.admin()).get(cycles(line)).then()
                .body("[0].action", equalTo("CONFIRMED")).body("[0].revision", equalTo(2)).body("[0].reason", nullValue())
                .body("[0].previousRevision", nullValue());
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndStoresNothing() {
        String m = InstrumentData.marker();
        long id = InstrumentData.of("TTO", "PROTOCOL", m + " protocolo").create(TestTokens.admin());
        String cycle = "2023-2026-" + m;
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").when().put(cycles(id) + "/" + cycle).then()
                .statusCode(400).contentType("application/problem+json").body("violations.field", contains("body"));
        attach(id, cycle, Map.of("reason", "   ")).statusCode(400).body("violations.field", contains("reason"));
        attach(id, cycle, Map.of("reason", "x".repeat(501))).statusCode(400).body("violations.field", contains("reason"));
        attach(id, cycle, Map.of("revision", 0)).statusCode(400).body("violations.field", contains("reason", "revision"));
        attach(id, cycle, Map.of("reason", "why", "revision", 2)).statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("revision")).body("detail", containsString("1 to 1"));
        attach(id, cycle, Map.of("reason", "why", "revision", "two")).statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("revision"));
        attach(id, cycle, Map.of("reason", "why", "colour", "red")).statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("colour"));
        attach(id, "2015!2018", Map.of("reason", "why")).statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("cycle")).body("violations[0].in", equalTo("path"));
        attach(id, "x".repeat(41), Map.of()).statusCode(400).body("violations.field", contains("cycle", "reason"));
        attach(999_999_999L, cycle, Map.of("reason", "why")).statusCode(404).contentType("application/problem+json");
        detach(id, "2015!2018", "why").statusCode(400).body("violations.field", contains("cycle"));
        given().auth().oauth2(TestTokens.admin()).get(cycles(id)).then().statusCode(200).body("$", hasSize(0));
        assertEquals(List.of("CREATED"), historyActions(id));
        given().get(cycles(999_999_999L)).then().statusCode(404).contentType("application/problem+json");

        // exactly 500 characters is a reason
        attach(id, cycle, Map.of("reason", "y".repeat(500))).statusCode(200).body("reason", equalTo("y".repeat(500)));

        // a record withdrawn as made in error is not attached
        long wrong = InstrumentData.of("TTO", "PROTOCOL", m + " duplicado").create(TestTokens.admin());
        given().auth().oauth2(TestTokens.admin()).header("If-Match", "\"0\"").contentType("application/json")
                .body(Map.of("reason", "duplicate")).post(INSTRUMENTS + "/" + wrong + "/withdrawal").then().statusCode(200);
        attach(wrong, cycle, Map.of("reason", "why")).statusCode(409).contentType("application/problem+json");
    }

    @Test
    void onlyTheSecretariatAttachesNotTheQuestionnaireService() {
        String m = InstrumentData.marker();
        long id = InstrumentData.of("TTO", "PROTOCOL", m + " protocolo").create(TestTokens.admin());
        given().auth().oauth2(TestTokens.publisher()).contentType("application/json").body(Map.of("reason", "why"))
                .when().put(cycles(id) + "/2015-2018").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.publisher()).queryParam("reason", "why")
                .when().delete(cycles(id) + "/2015-2018").then().statusCode(403);
        given().auth().oauth2(TestTokens.noRole()).get(cycles(id)).then().statusCode(200);
    }
}
