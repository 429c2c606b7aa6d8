package org.oas.tip.questionnaire;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.oas.tip.testing.PostgresTestResource;
import org.oas.tip.testing.TestTokens;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A country answering: save by linkId, validation against the version, submission, locking, idempotency, history. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(RegistryStub.class)
class ResponseFlowTest {

    private static String path(String cycle, String country) {
        return "/api/questionnaire/v1/cycles/" + cycle + "/assignments/" + country;
    }

    @Test
    void focalPointSavesThenSubmitsOnceAndIsLocked() {
        String cycle = TestQuestionnaire.openCycle("2026-01-01", "2099-12-31");
        String arg = TestTokens.focalPoint("ARG");
        String etag = given().auth().oauth2(arg).when().get(path(cycle, "ARG")).then().statusCode(200)
                .body("status", equalTo("NOT_STARTED")).extract().header("ETag");
        etag = given().auth().oauth2(arg).header("If-Match", etag).contentType("application/merge-patch+json")
                .body("{\"s\": {\"s.has_line\": true, \"s.count\": 12}}")
                .when().patch(path(cycle, "ARG") + "/answers").then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS")).body("answers.s.'s.count'", equalTo(12)).extract().header("ETag");
        // the line group is required in each entry: submitting without its type is refused, nothing stored
        given().auth().oauth2(arg).header("If-Match", etag).contentType("application/json")
                .body("{\"s\": {\"s.lines\": [{\"s.lines.number\": \"145\"}]}}")
                .when().post(path(cycle, "ARG") + "/submission").then().statusCode(400)
                .body("violations.field", hasItem(containsString("s.lines.type")));
        String last = "{\"s\": {\"s.lines\": [{\"s.lines.type\": \"DEDICATED_TIP_LINE\", \"s.lines.number\": \"145\"}]}}";
        String submitted = given().auth().oauth2(arg).header("If-Match", etag).header("Idempotency-Key", cycle + "-arg")
                .contentType("application/json").body(last)
                .when().post(path(cycle, "ARG") + "/submission").then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("late", equalTo(false)).extract().header("ETag");
        // a retry with the same key gets the first result, not a second submission
        given().auth().oauth2(arg).header("If-Match", etag).header("Idempotency-Key", cycle + "-arg")
                .contentType("application/json").body(last)
                .when().post(path(cycle, "ARG") + "/submission").then().statusCode(200)
                .header("ETag", submitted).body("status", equalTo("SUBMITTED"));
        given().auth().oauth2(arg).header("If-Match", submitted).header("Idempotency-Key", cycle + "-arg")
                .contentType("application/json").body("{\"s\": {\"s.count\": 13}}")
                .when().post(path(cycle, "ARG") + "/submission").then().statusCode(422);
        given().auth().oauth2(arg).header("If-Match", submitted).contentType("application/json").body("{\"s\": {\"s.count\": 13}}")
                .when().patch(path(cycle, "ARG") + "/answers").then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(arg).when().get(path(cycle, "ARG")).then().body("answers.s.'s.count'", equalTo(12));
    }

    @Test
    void everyProblemIsNamedByLinkIdAndNothingIsStored() {
        String cycle = TestQuestionnaire.openCycle("2026-01-01", "2099-12-31");
        String mex = TestTokens.focalPoint("MEX");
        String etag = given().auth().oauth2(mex).when().get(path(cycle, "MEX")).then().extract().header("ETag");
        given().auth().oauth2(mex).header("If-Match", etag).contentType("application/json")
                .body("{\"s\": {\"s.has_line\": \"yes\", \"s.count\": -1, \"s.colour\": \"blue\"}}")
                .when().patch(path(cycle, "MEX") + "/answers").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems(containsString("s.has_line"), containsString("s.count"), containsString("s.colour")));
        given().auth().oauth2(mex).header("If-Match", etag).contentType("application/json")
                .body("{\"s\": {\"s.has_line\": false, \"s.lines\": [{\"s.lines.type\": \"THEMATIC_LINE\"}]}}")
                .when().patch(path(cycle, "MEX") + "/answers").then().statusCode(400)
                .body("violations.message", hasItem(containsString("disabled")));
        given().auth().oauth2(mex).when().get(path(cycle, "MEX")).then().body("status", equalTo("NOT_STARTED"))
                .header("ETag", etag).body("answers.size()", equalTo(0));
        given().auth().oauth2(mex).contentType("application/json").body("{}")
                .when().post(path(cycle, "MEX") + "/answers/validation").then().statusCode(200)
                .body("valid", equalTo(false)).body("problems.linkId", hasItem("s.has_line"));
        given().auth().oauth2(mex).contentType("application/json").body("{\"s\": {\"s.has_line\": false}}")
                .when().post(path(cycle, "MEX") + "/answers/validation").then().statusCode(200).body("valid", equalTo(true));
        given().auth().oauth2(mex).when().get(path(cycle, "MEX")).then().header("ETag", etag);
    }

    @Test
    void changesNeedTheCurrentEtag() {
        String cycle = TestQuestionnaire.openCycle("2026-01-01", "2099-12-31");
        String usa = TestTokens.focalPoint("USA");
        given().auth().oauth2(usa).contentType("application/json").body("{\"s\": {\"s.count\": 1}}")
                .when().patch(path(cycle, "USA") + "/answers").then().statusCode(428);
        given().auth().oauth2(usa).header("If-Match", "\"9\"").contentType("application/json").body("{\"s\": {\"s.count\": 1}}")
                .when().patch(path(cycle, "USA") + "/answers").then().statusCode(412).header("ETag", "\"0\"");
    }

    @Test
    void countriesNeverSeeOrChangeEachOthersAnswers() {
        String cycle = TestQuestionnaire.openCycle("2026-01-01", "2099-12-31");
        given().auth().oauth2(TestTokens.focalPoint("ARG")).when().get(path(cycle, "MEX")).then().statusCode(404);
        given().auth().oauth2(TestTokens.focalPoint("ARG")).header("If-Match", "\"0\"").contentType("application/json")
                .body("{\"s\": {\"s.count\": 1}}").when().patch(path(cycle, "MEX") + "/answers").then().statusCode(404);
        given().auth().oauth2(TestTokens.focalPoint("ARG")).when().get(path(cycle, "MEX") + "/history").then().statusCode(404);
        given().auth().oauth2(TestTokens.focalPoint("ARG")).when().get("/api/questionnaire/v1/cycles/" + cycle + "/assignments")
                .then().statusCode(200).body("country", equalTo(List.of("ARG")));
        given().auth().oauth2(TestTokens.analyst()).header("If-Match", "\"0\"").contentType("application/json")
                .body("{\"s\": {\"s.count\": 1}}").when().patch(path(cycle, "MEX") + "/answers").then().statusCode(403);
        given().auth().oauth2(TestTokens.analyst()).when().get(path(cycle, "MEX")).then().statusCode(200);
    }

    @Test
    void historyKeepsWhoChangedWhichAnswer() {
        String cycle = TestQuestionnaire.openCycle("2026-01-01", "2099-12-31");
        given().auth().oauth2(TestTokens.admin()).header("If-Match", "\"0\"").contentType("application/json")
                .body("{\"s\": {\"s.count\": 3}}").when().patch(path(cycle, "USA") + "/answers").then().statusCode(200);
        given().auth().oauth2(TestTokens.focalPoint("USA")).header("If-Match", "\"1\"").contentType("application/json")
                .body("{\"s\": {\"s.count\": 4}}").when().patch(path(cycle, "USA") + "/answers").then().statusCode(200);
        given().auth().oauth2(TestTokens.focalPoint("USA")).when().get(path(cycle, "USA") + "/history").then().statusCode(200)
                .body("$", hasSize(2))
                .body("linkId", equalTo(List.of("s.count", "s.count")))
                .body("subject", equalTo(List.of("admin", "focal-usa")))
                .body("[1].actorCountry", equalTo("USA")).body("[1].before", equalTo(3)).body("[1].after", equalTo(4));
    }

    @Test
    void lateSubmissionsAreAcceptedAndFlaggedAndProgressShowsWhoIsLate() {
        String cycle = TestQuestionnaire.openCycle("2016-10-20", "2016-12-14");
        given().auth().oauth2(TestTokens.focalPoint("ARG")).header("If-Match", "\"0\"").contentType("application/json")
                .body("{\"s\": {\"s.has_line\": false}}")
                .when().post(path(cycle, "ARG") + "/submission").then().statusCode(200).body("late", equalTo(true));
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body("{\"country\": \"USA\", \"newDeadline\": \"2017-02-28\", \"reason\": \"Change of national authority\"}")
                .when().post("/api/questionnaire/v1/cycles/" + cycle + "/extensions").then().statusCode(200);
        given().auth().oauth2(TestTokens.analyst()).queryParam("asOf", "2017-01-14")
                .when().get("/api/questionnaire/v1/cycles/" + cycle + "/progress").then().statusCode(200)
                .body("byStatus.SUBMITTED", equalTo(1)).body("byStatus.NOT_STARTED", equalTo(2))
                .body("overdue.country", equalTo(List.of("MEX"))).body("overdue[0].daysLate", equalTo(31));
        given().auth().oauth2(TestTokens.admin()).when().post("/api/questionnaire/v1/cycles/" + cycle + "/reminders")
                .then().statusCode(200).body("country", equalTo(List.of("MEX", "USA"))).body("[0].remindersSent", equalTo(1));
        given().auth().oauth2(TestTokens.focalPoint("MEX")).when().post("/api/questionnaire/v1/cycles/" + cycle + "/reminders")
                .then().statusCode(403);
    }

    @Test
    void aClosedCycleTakesNoMoreAnswers() {
        String cycle = TestQuestionnaire.openCycle("2026-01-01", "2099-12-31");
        given().auth().oauth2(TestTokens.focalPoint("ARG")).post("/api/questionnaire/v1/cycles/" + cycle + "/closure").then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).post("/api/questionnaire/v1/cycles/" + cycle + "/closure").then().statusCode(200);
        given().auth().oauth2(TestTokens.focalPoint("ARG")).header("If-Match", "\"0\"").contentType("application/json")
                .body("{\"s\": {\"s.count\": 1}}").patch(path(cycle, "ARG") + "/answers")
                .then().statusCode(409).body("detail", containsString("closed"));
        given().auth().oauth2(TestTokens.focalPoint("ARG")).header("If-Match", "\"0\"").contentType("application/json")
                .body("{\"s\": {\"s.has_line\": false}}").post(path(cycle, "ARG") + "/submission").then().statusCode(409);
        given().auth().oauth2(TestTokens.focalPoint("ARG")).get(path(cycle, "ARG")).then().body("status", equalTo("NOT_STARTED"));
    }

    @Test
    void twoSavesWithTheSameEtagAtTheSameInstantGiveOne200AndOne412() throws Exception {
        String cycle = TestQuestionnaire.openCycle("2026-01-01", "2099-12-31");
        String token = TestTokens.admin();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                String etag = given().auth().oauth2(token).get(path(cycle, "USA")).header("ETag");
                int value = round;
                Callable<Integer> save = () -> given().auth().oauth2(token).header("If-Match", etag).contentType("application/json")
                        .body("{\"s\": {\"s.count\": " + value + "}}").patch(path(cycle, "USA") + "/answers").statusCode();
                List<Future<Integer>> both = pool.invokeAll(List.of(save, save));
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> f : both) {
                    statuses.add(f.get());
                }
                Collections.sort(statuses);
                assertEquals(List.of(200, 412), statuses, "round " + round);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
