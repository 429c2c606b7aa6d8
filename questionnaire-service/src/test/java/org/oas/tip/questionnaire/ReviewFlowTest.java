package org.oas.tip.questionnaire;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.oas.tip.testing.PostgresTestResource;
import org.oas.tip.testing.TestTokens;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The secretariat's review: a clarification reopens the response, the country replies and resubmits, then acceptance. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(RegistryStub.class)
class ReviewFlowTest {

    private static String arg(String cycle) {
        return "/api/questionnaire/v1/cycles/" + cycle + "/assignments/ARG";
    }

    private static String etag(String cycle) {
        return given().auth().oauth2(TestTokens.admin()).get(arg(cycle)).header("ETag");
    }

    @Test
    void clarifyReplyResubmitResolveAccept() {
        String cycle = TestQuestionnaire.openCycle("2026-01-01", "2099-12-31");
        String focal = TestTokens.focalPoint("ARG");
        given().auth().oauth2(focal).header("If-Match", "\"0\"").contentType("application/json")
                .body("{\"s\": {\"s.has_line\": true, \"s.lines\": [{\"s.lines.type\": \"DEDICATED_TIP_LINE\"}]}}")
                .post(arg(cycle) + "/submission").then().statusCode(200);
        int id = given().auth().oauth2(TestTokens.analyst()).contentType("application/json")
                .body("{\"linkId\": \"s.lines\", \"text\": \"What is the number of the line?\"}")
                .post(arg(cycle) + "/clarifications").then().statusCode(201).body("status", equalTo("OPEN")).extract().path("id");
        given().auth().oauth2(focal).get(arg(cycle)).then().body("status", equalTo("CLARIFICATION_REQUESTED"));
        // acceptance waits for a resubmission and every thread resolved
        given().auth().oauth2(TestTokens.admin()).header("If-Match", etag(cycle)).post(arg(cycle) + "/acceptance")
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(focal).contentType("application/json").body("{\"text\": \"It is 145, free of charge\"}")
                .post(arg(cycle) + "/clarifications/" + id + "/replies").then().statusCode(200)
                .body("status", equalTo("ANSWERED")).body("messages.text", hasItem("It is 145, free of charge"));
        given().auth().oauth2(focal).header("If-Match", etag(cycle)).contentType("application/json")
                .body("{\"s\": {\"s.lines\": [{\"s.lines.type\": \"DEDICATED_TIP_LINE\", \"s.lines.number\": \"145\"}]}}")
                .post(arg(cycle) + "/submission").then().statusCode(200).body("status", equalTo("SUBMITTED"));
        given().auth().oauth2(TestTokens.admin()).header("If-Match", etag(cycle)).post(arg(cycle) + "/acceptance")
                .then().statusCode(409).body("detail", containsString("not resolved"));
        given().auth().oauth2(TestTokens.analyst()).post(arg(cycle) + "/clarifications/" + id + "/resolution")
                .then().statusCode(200).body("status", equalTo("RESOLVED"));
        given().auth().oauth2(TestTokens.admin()).header("If-Match", etag(cycle)).post(arg(cycle) + "/acceptance")
                .then().statusCode(200).body("status", equalTo("ACCEPTED"));
        given().auth().oauth2(focal).header("If-Match", etag(cycle)).contentType("application/json").body("{\"s\": {\"s.count\": 1}}")
                .patch(arg(cycle) + "/answers").then().statusCode(409);
        given().auth().oauth2(TestTokens.admin()).header("If-Match", etag(cycle)).post(arg(cycle) + "/acceptance").then().statusCode(409);
        given().auth().oauth2(TestTokens.admin()).get(arg(cycle) + "/history").then()
                .body("action", hasItem("ACCEPTED")).body("action", hasItem("SUBMITTED"));
    }

    @Test
    void clarificationsOnlyAboutSubmittedResponsesAndRealItems() {
        String cycle = TestQuestionnaire.openCycle("2026-01-01", "2099-12-31");
        given().auth().oauth2(TestTokens.analyst()).contentType("application/json").body("{\"linkId\": \"s.count\", \"text\": \"?\"}")
                .post(arg(cycle) + "/clarifications").then().statusCode(409);
        given().auth().oauth2(TestTokens.focalPoint("ARG")).header("If-Match", "\"0\"").contentType("application/json")
                .body("{\"s\": {\"s.has_line\": false}}").post(arg(cycle) + "/submission").then().statusCode(200);
        given().auth().oauth2(TestTokens.analyst()).contentType("application/json").body("{\"linkId\": \"s.nothing\", \"text\": \"?\"}")
                .post(arg(cycle) + "/clarifications").then().statusCode(400).body("violations[0].field", equalTo("linkId"));
        given().auth().oauth2(TestTokens.analyst()).contentType("application/json").body("{\"linkId\": \"s.count\", \"text\": \"\"}")
                .post(arg(cycle) + "/clarifications").then().statusCode(400).body("violations[0].field", equalTo("text"));
        given().auth().oauth2(TestTokens.admin()).get(arg(cycle)).then().body("status", equalTo("SUBMITTED"));
    }

    @Test
    void analystsCodeAnswersAgainstTheStructuredItems() {
        String cycle = TestQuestionnaire.openCycle("2026-01-01", "2099-12-31");
        given().auth().oauth2(TestTokens.analyst()).contentType("application/json")
                .body("{\"linkId\": \"A.authority.model\", \"value\": \"HYBRID\", \"source\": \"open answer to Q18\"}")
                .post(arg(cycle) + "/codings").then().statusCode(201).body("codedBy", equalTo("analyst"));
        given().auth().oauth2(TestTokens.analyst()).contentType("application/json")
                .body("{\"linkId\": \"A.authority.model\", \"value\": \"MONARCHY\"}")
                .post(arg(cycle) + "/codings").then().statusCode(400).body("violations[0].field", equalTo("value"));
        given().auth().oauth2(TestTokens.analyst()).contentType("application/json").body("{\"linkId\": \"Z.none\", \"value\": 1}")
                .post(arg(cycle) + "/codings").then().statusCode(400).body("violations[0].field", equalTo("linkId"));
        given().auth().oauth2(TestTokens.focalPoint("ARG")).get("/api/questionnaire/v1/cycles/" + cycle + "/coded-answers")
                .then().statusCode(200).body("linkId", equalTo(List.of("A.authority.model"))).body("value", equalTo(List.of("HYBRID")));
        given().auth().oauth2(TestTokens.focalPoint("MEX")).get("/api/questionnaire/v1/cycles/" + cycle + "/coded-answers")
                .then().statusCode(200).body("size()", equalTo(0));
    }
}
