package org.oas.tip.questionnaire;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.oas.tip.testing.PostgresTestResource;
import org.oas.tip.testing.TestTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The shared error layer (service-defaults) wired into the questionnaire service: answers are JSON trees, read as
 * strictly as records; malformed bodies and headers are 4xx problem+json naming what is wrong, and nothing is stored.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(RegistryStub.class)
class ErrorShapeTest {

    private static final String PROBLEMS = "https://tip.oas.org/problems/";

    private static String path(String cycle, String country) {
        return "/api/questionnaire/v1/cycles/" + cycle + "/assignments/" + country;
    }

    @Test
    void hostileAnswersAreRefusedByPointerAndNothingIsStored() {
        String cycle = TestQuestionnaire.openCycle("2026-01-01", "2099-12-31");
        String arg = TestTokens.focalPoint("ARG");
        String etag = given().auth().oauth2(arg).when().get(path(cycle, "ARG")).then().statusCode(200).extract().header("ETag");
        String[][] cases = {
                {"{\"s\": {\"s.count\": 1e400}}", "validation", "/s/s.count"},
                {"{\"s\": {\"s.count\": 123456789012345678901234567890}}", "validation", "/s/s.count"},
                {"{\"s\": {\"s.has_line\": true, \"s.has_line\": false}}", "malformed-body", "/s/s.has_line"},
                {"{\"s\": {\"s.lines\": [{\"s.lines.number\": \"14\\u00005\"}]}}", "validation", "/s/s.lines/0/s.lines.number"},
                {"{\"s\": {\"s.count\": 1}} []", "malformed-body", "body"},
                {"null", "malformed-body", "body"},
                {"42", "malformed-body", "body"},
                {"[]", "malformed-body", "body"},
        };
        StringBuilder failed = new StringBuilder();
        for (String[] c : cases) {
            io.restassured.response.Response answer = given().auth().oauth2(arg).header("If-Match", etag)
                    .contentType("application/merge-patch+json").body(c[0]).when().patch(path(cycle, "ARG") + "/answers");
            try {
                problem(answer, 400, c[1]).body("violations.field", hasItem(c[2]));
            } catch (AssertionError e) {
                failed.append("\n").append(c[0]).append(" -> ").append(answer.statusCode()).append(' ').append(answer.asString());
            }
        }
        assertEquals("", failed.toString());
        given().auth().oauth2(arg).when().get(path(cycle, "ARG")).then().statusCode(200).header("ETag", etag)
                .body("answers.size()", equalTo(0));
    }

    @Test
    void headersTheApiReadsAreChecked() {
        String cycle = TestQuestionnaire.openCycle("2026-01-01", "2099-12-31");
        String arg = TestTokens.focalPoint("ARG");
        String etag = given().auth().oauth2(arg).when().get(path(cycle, "ARG")).then().statusCode(200).extract().header("ETag");
        String body = "{\"s\": {\"s.count\": 1}}";
        String complete = "{\"s\": {\"s.lines\": [{\"s.lines.type\": \"DEDICATED_TIP_LINE\", \"s.lines.number\": \"145\"}]}}";
        problem(given().auth().oauth2(arg).header("If-Match", "W/" + etag).contentType("application/merge-patch+json")
                .body(body).when().patch(path(cycle, "ARG") + "/answers"), 412, "precondition-failed");
        problem(given().auth().oauth2(arg).header("If-Match", etag).body(body.getBytes())
                .when().patch(path(cycle, "ARG") + "/answers"), 415, "unsupported-media-type");
        given().auth().oauth2(arg).when().get(path(cycle, "ARG")).then().statusCode(200).header("ETag", etag)
                .body("status", equalTo("NOT_STARTED"));
        // a submission that is otherwise complete, with an empty or over-long Idempotency-Key: refused, not submitted
        etag = given().auth().oauth2(arg).header("If-Match", etag).contentType("application/merge-patch+json")
                .body("{\"s\": {\"s.has_line\": true, \"s.count\": 12}}")
                .when().patch(path(cycle, "ARG") + "/answers").then().statusCode(200).extract().header("ETag");
        problem(given().auth().oauth2(arg).header("If-Match", etag).header("Idempotency-Key", "").contentType("application/json")
                .body(complete).when().post(path(cycle, "ARG") + "/submission"), 400, "invalid-parameter")
                .body("violations[0].field", equalTo("Idempotency-Key")).body("violations[0].in", equalTo("header"));
        problem(given().auth().oauth2(arg).header("If-Match", etag).header("Idempotency-Key", "k".repeat(201)).contentType("application/json")
                .body(complete).when().post(path(cycle, "ARG") + "/submission"), 400, "invalid-parameter");
        given().auth().oauth2(arg).when().get(path(cycle, "ARG")).then().statusCode(200).header("ETag", etag)
                .body("status", equalTo("IN_PROGRESS"));
    }

    @Test
    void aDefinitionThatIsNotAnObjectIs400() {
        for (String body : new String[] {"null", "[]", "\"q\"", "{\"code\":\"A\",\"code\":\"B\"}"}) {
            problem(given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(body)
                    .when().post("/api/questionnaire/v1/questionnaires"), 400, "malformed-body");
        }
        problem(given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .when().post("/api/questionnaire/v1/questionnaires"), 400, "malformed-body");
    }

    private static ValidatableResponse problem(io.restassured.response.Response response, int status, String type) {
        return response.then().statusCode(status).contentType("application/problem+json")
                .header("X-Request-Id", notNullValue())
                .body("type", equalTo(PROBLEMS + type)).body("detail", notNullValue()).body("requestId", notNullValue());
    }
}
