package org.oas.tip.questionnaire;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.oas.tip.testing.PostgresTestResource;
import org.oas.tip.testing.TestTokens;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;

/** Questionnaire versions: the baseline ones, drafting, publishing, immutability, JSON Schema, translation completeness. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(RegistryStub.class)
class QuestionnaireResourceTest {

    private static final String Q = "/api/questionnaire/v1/questionnaires";

    @Test
    void bothBaselineQuestionnairesArePublished() {
        given().auth().oauth2(TestTokens.focalPoint("ARG")).when().get(Q).then().statusCode(200)
                .body("code", hasItems("oas-tip-2016", "oas-tip-structured")).body("status", not(hasItem("DRAFT")));
        given().auth().oauth2(TestTokens.focalPoint("ARG")).when().get(Q + "/oas-tip-2016/versions/1").then().statusCode(200)
                .body("items.linkId", hasItems("INTRO", "A", "G"));
    }

    @Test
    void toolsGetAJsonSchemaOfTheResponse() {
        given().auth().oauth2(TestTokens.focalPoint("MEX")).when().get(Q + "/oas-tip-structured/versions/1/schema")
                .then().statusCode(200)
                .body("$schema", containsString("2020-12"))
                .body("type", equalTo("object"))
                .body("additionalProperties", equalTo(false));
        given().auth().oauth2(TestTokens.focalPoint("MEX")).queryParam("mode", "submission")
                .when().get(Q + "/oas-tip-structured/versions/1/schema").then().statusCode(200).body("required", hasItem("intro"));
        given().auth().oauth2(TestTokens.focalPoint("MEX")).queryParam("mode", "final")
                .when().get(Q + "/oas-tip-structured/versions/1/schema").then().statusCode(400).body("violations[0].field", equalTo("mode"));
    }

    @Test
    void completenessPerLanguage() {
        given().auth().oauth2(TestTokens.analyst()).when().get(Q + "/oas-tip-structured/versions/1/completeness").then().statusCode(200)
                .body("en.percent", equalTo(100.0f))
                .body("fr.percent", lessThan(100.0f))
                .body("es.translated", greaterThan(0));
    }

    @Test
    void draftsChangeUntilPublishedThenNever() {
        String code = "draft-" + UUID.randomUUID().toString().substring(0, 8);
        String admin = TestTokens.admin();
        String etag = given().auth().oauth2(admin).contentType("application/json").body(TestQuestionnaire.definition(code))
                .when().post(Q).then().statusCode(201).body("status", equalTo("DRAFT")).extract().header("ETag");
        // drafts are the secretariat's own: a focal point does not see them
        given().auth().oauth2(TestTokens.focalPoint("ARG")).when().get(Q + "/" + code + "/versions/1").then().statusCode(404);
        String changed = TestQuestionnaire.definition(code).replace("Test questionnaire", "Test questionnaire, revised");
        etag = given().auth().oauth2(admin).header("If-Match", etag).contentType("application/json").body(changed)
                .when().put(Q + "/" + code + "/versions/1").then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(admin).header("If-Match", "\"99\"").when().post(Q + "/" + code + "/versions/1/publication").then().statusCode(412);
        etag = given().auth().oauth2(admin).header("If-Match", etag).when().post(Q + "/" + code + "/versions/1/publication")
                .then().statusCode(200).body("status", equalTo("PUBLISHED")).extract().header("ETag");
        given().auth().oauth2(admin).header("If-Match", etag).contentType("application/json").body(TestQuestionnaire.definition(code))
                .when().put(Q + "/" + code + "/versions/1").then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(admin).contentType("application/json").body(TestQuestionnaire.definition(code))
                .when().post(Q).then().statusCode(409);
        given().auth().oauth2(TestTokens.focalPoint("ARG")).when().get(Q + "/" + code + "/versions/1").then().statusCode(200)
                .body("title.en", equalTo("Test questionnaire, revised"));
    }

    @Test
    void aBrokenDefinitionListsEveryProblem() {
        String broken = """
                {"code": "broken", "version": "1", "title": {"en": "Broken"}, "items": [
                  {"linkId": "a", "type": "choice", "text": {"en": "No options"}},
                  {"linkId": "a", "type": "integer", "text": {"en": "Duplicate id"}, "minValue": 5, "maxValue": 1},
                  {"linkId": "b", "type": "colour", "text": {"en": "Unknown type"}},
                  {"linkId": "c", "type": "string", "text": {"en": "Bad condition"},
                   "enableWhen": [{"question": "nowhere", "operator": "=", "answer": true}]}]}
                """;
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(broken).when().post(Q)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.size()", greaterThan(3));
        given().auth().oauth2(TestTokens.admin()).when().get(Q + "/broken/versions/1").then().statusCode(404);
    }

    @Test
    void onlyTheSecretariatEditsQuestionnaires() {
        for (String token : new String[] {TestTokens.analyst(), TestTokens.focalPoint("ARG")}) {
            given().auth().oauth2(token).contentType("application/json").body(TestQuestionnaire.definition("nope"))
                    .when().post(Q).then().statusCode(403);
        }
        given().when().get(Q).then().statusCode(401);
    }
}
