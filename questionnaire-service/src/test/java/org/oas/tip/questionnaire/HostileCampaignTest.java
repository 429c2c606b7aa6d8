package org.oas.tip.questionnaire;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.oas.tip.testing.PostgresTestResource;
import org.oas.tip.testing.TestTokens;
import org.oas.tip.testing.hostile.HostileCampaign;
import org.oas.tip.testing.hostile.OwnDatabaseProfile;

import javax.sql.DataSource;
import java.util.List;

import static io.restassured.RestAssured.given;

/**
 * Every operation of the questionnaire service's committed OpenAPI document under generated hostile input (issue 12):
 * no 5xx, problem+json on every 4xx, nothing stored from a refused request, nothing accepted that must be refused.
 * Runs on a database of its own, on cycles in each state an operation needs (open, submitted, accepted, one to close).
 */
@QuarkusTest
@TestProfile(OwnDatabaseProfile.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(RegistryStub.class)
class HostileCampaignTest {

    private static final String API = "/api/questionnaire/v1";
    private static final String ASSIGNMENT = API + "/cycles/{cycle}/assignments/{country}";

    @Inject
    DataSource dataSource;

    private static String arg(String cycle) {
        return API + "/cycles/" + cycle + "/assignments/ARG";
    }

    private static String etag(String cycle) {
        return given().auth().oauth2(TestTokens.admin()).get(arg(cycle)).header("ETag");
    }

    @TestFactory
    List<DynamicTest> hostileInputIsRefusedCleanly() throws Exception {
        String open = TestQuestionnaire.openCycle("2026-01-01", "2099-12-31");
        String toClose = TestQuestionnaire.openCycle("2026-01-01", "2099-12-31");
        String submitted = TestQuestionnaire.openCycle("2026-01-01", "2099-12-31");
        given().auth().oauth2(TestTokens.focalPoint("ARG")).header("If-Match", "\"0\"").contentType("application/json")
                .body("{\"s\": {\"s.has_line\": false}}").post(arg(submitted) + "/submission").then().statusCode(200);
        String thread = given().auth().oauth2(TestTokens.analyst()).contentType("application/json")
                .body("{\"linkId\": \"s.has_line\", \"text\": \"Is there really no line?\"}")
                .post(arg(submitted) + "/clarifications").then().statusCode(201).extract().path("id").toString();
        String accepted = TestQuestionnaire.openCycle("2026-01-01", "2099-12-31");
        given().auth().oauth2(TestTokens.focalPoint("ARG")).header("If-Match", "\"0\"").contentType("application/json")
                .body("{\"s\": {\"s.has_line\": false}}").post(arg(accepted) + "/submission").then().statusCode(200);
        given().auth().oauth2(TestTokens.admin()).header("If-Match", etag(accepted)).post(arg(accepted) + "/acceptance")
                .then().statusCode(200);
        String publication = given().auth().oauth2(TestTokens.admin()).queryParam("cycle", accepted).get(API + "/publications")
                .then().statusCode(200).extract().path("[0].id").toString();
        String draft = "campaign-draft";
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(TestQuestionnaire.definition(draft))
                .post(API + "/questionnaires").then().statusCode(201);

        // the service keeps a copy of the registry's instrument rules, filled by the first check that needs them, accepted or
        // refused: a cache, not a caller's data. Filled here by an accepted check, so that the campaign's fingerprint of
        // every table shows what callers stored whatever the seed makes the first request
        given().auth().oauth2(TestTokens.focalPoint("ARG")).contentType("application/json")
                .body("{\"s\": {\"s.has_line\": true, \"s.lines\": [{\"s.lines.type\": \"DEDICATED_TIP_LINE\", \"s.lines.number\": \"145\"}]}}")
                .post(arg(open) + "/answers/validation").then().statusCode(200);
        try (var connection = dataSource.getConnection(); var rows = connection.createStatement().executeQuery("select count(*) from registry_rules")) {
            rows.next();
            org.junit.jupiter.api.Assertions.assertEquals(1, rows.getInt(1), "the copy of the registry's rules is held before the campaign");
        }
        return HostileCampaign.of("questionnaire-service", dataSource)
                .pathValue("code", open).pathValue("cycle", open).pathValue("country", "ARG").pathValue("id", thread)
                .pathValue("version", "1")
                .pathValue(API + "/cycles/{code}/closure", "code", toClose)
                .pathValue(ASSIGNMENT + "/clarifications", "cycle", submitted)
                .pathValue(ASSIGNMENT + "/acceptance", "cycle", submitted)
                .pathValue(ASSIGNMENT + "/codings", "cycle", submitted)
                .pathValue(ASSIGNMENT + "/accepted-answers", "cycle", accepted)
                .pathValue(API + "/publications/{id}", "id", publication)
                .pathValue(API + "/questionnaires/{code}", "code", draft)
                .body("POST " + API + "/cycles", "{\"code\":\"campaign-new\",\"title\":\"t\",\"opensOn\":\"2030-01-01\","
                        + "\"deadline\":\"2030-02-01\",\"referenceDate\":\"2030-02-01\",\"questionnaire\":\"oas-tip-structured\","
                        + "\"questionnaireVersion\":\"1\"}")
                .body("POST " + API + "/cycles/{code}/extensions", "{\"country\":\"ARG\",\"newDeadline\":\"2099-01-01\",\"reason\":\"r\"}")
                .body("PATCH " + ASSIGNMENT + "/answers", "{\"s\": {\"s.has_line\": true, \"s.count\": 1,"
                        + " \"s.lines\": [{\"s.lines.type\": \"DEDICATED_TIP_LINE\", \"s.lines.number\": \"145\"}]}}")
                .body("POST " + ASSIGNMENT + "/answers/validation", "{\"s\": {\"s.has_line\": true, \"s.count\": 1,"
                        + " \"s.lines\": [{\"s.lines.type\": \"DEDICATED_TIP_LINE\", \"s.lines.number\": \"145\"}]}}")
                .body("POST " + ASSIGNMENT + "/submission", "{\"s\": {\"s.has_line\": false, \"s.count\": 2}}")
                .body("PATCH " + ASSIGNMENT + "/accepted-answers", "{\"reason\": \"campaign\", \"answers\": {\"s\": {\"s.count\": 2}}}")
                .body("POST " + ASSIGNMENT + "/clarifications", "{\"linkId\": \"s.count\", \"text\": \"How many?\"}")
                .body("POST " + ASSIGNMENT + "/clarifications/{id}/replies", "{\"text\": \"Confirmed\"}")
                .body("POST " + ASSIGNMENT + "/codings", "{\"linkId\": \"A.authority.model\", \"value\": \"COLLEGIATE\", \"source\": \"campaign\"}")
                .body("POST " + API + "/publications/{id}/resolution", "{\"entries\": [{\"ref\": \"s.lines[0]\", \"keep\": \"COUNTRY\"}]}")
                .body("POST " + API + "/questionnaires", TestQuestionnaire.definition("campaign-new"))
                .body("PUT " + API + "/questionnaires/{code}/versions/{version}", TestQuestionnaire.definition(draft))
                .tests();
    }
}
