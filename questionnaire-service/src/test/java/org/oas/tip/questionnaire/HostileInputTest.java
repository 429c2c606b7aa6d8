package org.oas.tip.questionnaire;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.oas.tip.testing.PostgresTestResource;
import org.oas.tip.testing.TestTokens;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * Requests that once reached the database unchecked (issue 12): each is a 400 problem naming the field, and nothing of
 * it is stored.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(RegistryStub.class)
class HostileInputTest {

    private static final String Q = "/api/questionnaire/v1/questionnaires";
    private static final String CYCLES = "/api/questionnaire/v1/cycles";
    /** A refused value: in the body a validation problem, in the path or query an invalid-parameter one, a bad body malformed. */
    private static final org.hamcrest.Matcher<Object> REFUSED = anyOf(equalTo(org.oas.tip.defaults.ProblemTypes.VALIDATION.toString()),
            equalTo(org.oas.tip.defaults.ProblemTypes.INVALID_PARAMETER.toString()), equalTo(org.oas.tip.defaults.ProblemTypes.MALFORMED_BODY.toString()));

    /** A 400 problem+json of kind validation that names {@code field} among its violations. */
    static ValidatableResponse refused(ValidatableResponse response, String field) {
        return response.statusCode(400).contentType("application/problem+json")
                .body("type", REFUSED)
                .body("violations.field", hasItem(field));
    }

    private static String definition(String code, String version, String title) {
        return TestQuestionnaire.definition(code).replace("\"version\": \"1\"", "\"version\": \"" + version + "\"")
                .replace("\"Test questionnaire\"", "\"" + title + "\"");
    }

    @Test
    void aDefinitionBreakingTheStoredColumnsIsRefusedField() {
        String admin = TestTokens.admin();
        String code = "h" + UUID.randomUUID().toString().substring(0, 8);
        refused(given().auth().oauth2(admin).contentType("application/json")
                .body(definition("bad\\\"code" + code, "1", "Fine")).when().post(Q).then(), "/code");
        refused(given().auth().oauth2(admin).contentType("application/json")
                .body(definition(code, "v".repeat(21), "Fine")).when().post(Q).then(), "/version");
        refused(given().auth().oauth2(admin).contentType("application/json")
                .body(definition(code, "1", "t".repeat(301))).when().post(Q).then(), "/title/en");
        refused(given().auth().oauth2(admin).contentType("application/json")
                .body(definition("c".repeat(61), "1", "Fine")).when().post(Q).then(), "/code");
        given().auth().oauth2(admin).when().get(Q).then().statusCode(200)
                .body("code", not(hasItem(containsString(code)))).body("code", not(hasItem("c".repeat(61))));
        // the longest of each is stored
        given().auth().oauth2(admin).contentType("application/json")
                .body(definition(code, "v".repeat(20), "t".repeat(300))).when().post(Q).then().statusCode(201);
    }

    @Test
    void aDraftReplacedWithATooLongTitleKeepsItsDefinition() {
        String admin = TestTokens.admin();
        String code = "h" + UUID.randomUUID().toString().substring(0, 8);
        String etag = given().auth().oauth2(admin).contentType("application/json").body(TestQuestionnaire.definition(code))
                .when().post(Q).then().statusCode(201).extract().header("ETag");
        refused(given().auth().oauth2(admin).header("If-Match", etag).contentType("application/json")
                .body(definition(code, "1", "t".repeat(301))).when().put(Q + "/" + code + "/versions/1").then(), "/title/en");
        given().auth().oauth2(admin).when().get(Q + "/" + code + "/versions/1").then().statusCode(200)
                .header("ETag", etag).body("title.en", equalTo("Test questionnaire"));
    }

    @Test
    void aMissingOrNonObjectBodyIsRefusedNamingTheBody() {
        String admin = TestTokens.admin();
        for (String body : new String[] {"null", "[]", "42", "\"text\""}) {
            refused(given().auth().oauth2(admin).contentType("application/json").body(body).when().post(Q).then(), "body");
        }
        String code = "h" + UUID.randomUUID().toString().substring(0, 8);
        String etag = given().auth().oauth2(admin).contentType("application/json").body(TestQuestionnaire.definition(code))
                .when().post(Q).then().statusCode(201).extract().header("ETag");
        for (String body : new String[] {"null", "[]"}) {
            refused(given().auth().oauth2(admin).header("If-Match", etag).contentType("application/json").body(body)
                    .when().put(Q + "/" + code + "/versions/1").then(), "body");
        }
        given().auth().oauth2(admin).when().get(Q + "/" + code + "/versions/1").then().statusCode(200).header("ETag", etag);
        int cycles = given().auth().oauth2(admin).when().get(CYCLES).then().statusCode(200).extract().path("size()");
        refused(given().auth().oauth2(admin).contentType("application/json").body("null").when().post(CYCLES).then(), "body");
        given().auth().oauth2(admin).when().get(CYCLES).then().body("size()", equalTo(cycles));
    }

    @Test
    void datesOutsideTheApiRangeAreRefused() {
        String admin = TestTokens.admin();
        String code = "h" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(admin).contentType("application/json")
                .body("{\"code\":\"" + code + "\",\"title\":\"t\",\"opensOn\":\"2024-01-01\",\"deadline\":\"+999999999-01-01\","
                        + "\"referenceDate\":\"1899-12-31\",\"questionnaire\":\"oas-tip-structured\",\"questionnaireVersion\":\"1\"}")
                .when().post(CYCLES).then().statusCode(400).contentType("application/problem+json")
                .body("type", REFUSED)
                .body("violations.field", hasItem(containsString("deadline")))
                .body("violations.field", hasItem(containsString("referenceDate")));
        given().auth().oauth2(admin).when().get(CYCLES + "/" + code).then().statusCode(404);

        String cycle = TestQuestionnaire.openCycle("2026-01-01", "2099-12-31");
        refused(given().auth().oauth2(admin).contentType("application/json")
                .body("{\"country\":\"ARG\",\"newDeadline\":\"+999999999-01-01\",\"reason\":\"typo\"}")
                .when().post(CYCLES + "/" + cycle + "/extensions").then(), "newDeadline");
        given().auth().oauth2(admin).when().get(CYCLES + "/" + cycle + "/assignments/ARG").then().statusCode(200)
                .body("deadline", equalTo("2099-12-31"));
        given().auth().oauth2(admin).contentType("application/json")
                .body("{\"country\":\"ARG\",\"newDeadline\":\"2200-12-31\",\"reason\":\"the last day the API takes\"}")
                .when().post(CYCLES + "/" + cycle + "/extensions").then().statusCode(200);
    }

    @Test
    void hugeCountsAndEmptyChoicesAreRefusedAndNotStored() {
        String cycle = TestQuestionnaire.openCycle("2026-01-01", "2099-12-31");
        String arg = TestTokens.focalPoint("ARG");
        String answers = CYCLES + "/" + cycle + "/assignments/ARG";
        String etag = given().auth().oauth2(arg).when().get(answers).then().statusCode(200).extract().header("ETag");
        for (String count : new String[] {"123456789012345678901234567890", "1e300", "9007199254740992", "-1e300"}) {
            refused(given().auth().oauth2(arg).header("If-Match", etag).contentType("application/merge-patch+json")
                    .body("{\"s\": {\"s.has_line\": true, \"s.count\": " + count + "}}")
                    .when().patch(answers + "/answers").then(), "/s/s.count");
            if (!count.equals("123456789012345678901234567890")) { // a number the API reads: the validation names the rule it breaks
                given().auth().oauth2(arg).contentType("application/json").body("{\"s\": {\"s.count\": " + count + "}}")
                        .when().post(answers + "/answers/validation").then().statusCode(200)
                        .body("valid", equalTo(false)).body("problems.pointer", hasItem("/s/s.count"));
            } else { // an integer beyond 64 bits is refused by the reader, also when only validating
                refused(given().auth().oauth2(arg).contentType("application/json").body("{\"s\": {\"s.count\": " + count + "}}")
                        .when().post(answers + "/answers/validation").then(), "/s/s.count");
            }
            refused(given().auth().oauth2(arg).header("If-Match", etag).contentType("application/json")
                    .body("{\"s\": {\"s.has_line\": false, \"s.count\": " + count + "}}")
                    .when().post(answers + "/submission").then(), "/s/s.count");
        }
        // "" is no option, also in a group the answers disable
        refused(given().auth().oauth2(arg).header("If-Match", etag).contentType("application/merge-patch+json")
                .body("{\"s\": {\"s.has_line\": false, \"s.lines\": [{\"s.lines.type\": \"\"}]}}")
                .when().patch(answers + "/answers").then(), "/s/s.lines/0/s.lines.type");
        refused(given().auth().oauth2(arg).header("If-Match", etag).contentType("application/merge-patch+json")
                .body("{\"s\": {\"s.has_line\": true, \"s.lines\": [{\"s.lines.type\": \"\"}]}}")
                .when().patch(answers + "/answers").then(), "/s/s.lines/0/s.lines.type");
        given().auth().oauth2(arg).when().get(answers).then().header("ETag", etag).body("answers.size()", equalTo(0))
                .body("status", equalTo("NOT_STARTED"));
        given().auth().oauth2(arg).when().get(answers + "/history").then().statusCode(200).body("size()", equalTo(0));
        // the largest count every JSON reader holds exactly is an answer
        given().auth().oauth2(arg).header("If-Match", etag).contentType("application/merge-patch+json")
                .body("{\"s\": {\"s.count\": 9007199254740991}}").when().patch(answers + "/answers").then().statusCode(200)
                .body("answers.s.'s.count'", equalTo(9007199254740991L));
    }

    @Test
    void aHugeCountInAnInstrumentEntryIsRefusedNotAFailure() {
        String admin = TestTokens.admin();
        String code = "h" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(admin).contentType("application/json")
                .body("{\"code\":\"" + code + "\",\"title\":\"t\",\"opensOn\":\"2026-01-01\",\"deadline\":\"2099-12-31\","
                        + "\"referenceDate\":\"2099-12-31\",\"questionnaire\":\"oas-tip-structured\",\"questionnaireVersion\":\"1\","
                        + "\"countries\":[\"ARG\"]}")
                .when().post(CYCLES).then().statusCode(201);
        String answers = CYCLES + "/" + code + "/assignments/ARG";
        String etag = given().auth().oauth2(admin).when().get(answers).then().statusCode(200).extract().header("ETag");
        String patch = "{\"A\": {\"A.authority\": {\"A.authority.title\": \"Comite\", \"A.authority.model\": \"COLLEGIATE\", "
                + "\"A.authority.public_institution_count\": %s}}}";
        for (String count : new String[] {"1e300", "123456789012345678901234567890"}) {
            refused(given().auth().oauth2(admin).header("If-Match", etag).contentType("application/merge-patch+json")
                    .body(patch.formatted(count)).when().patch(answers + "/answers").then(),
                    "/A/A.authority/A.authority.public_institution_count");
            if (!count.equals("123456789012345678901234567890")) {
                given().auth().oauth2(admin).contentType("application/json").body(patch.formatted(count))
                        .when().post(answers + "/answers/validation").then().statusCode(200).body("valid", equalTo(false));
            } else {
                refused(given().auth().oauth2(admin).contentType("application/json").body(patch.formatted(count))
                        .when().post(answers + "/answers/validation").then(), "/A/A.authority/A.authority.public_institution_count");
            }
            refused(given().auth().oauth2(admin).header("If-Match", etag).contentType("application/json")
                    .body(patch.formatted(count)).when().post(answers + "/submission").then(),
                    "/A/A.authority/A.authority.public_institution_count");
        }
        given().auth().oauth2(admin).when().get(answers).then().header("ETag", etag).body("answers.size()", equalTo(0));
    }

    @Test
    void aCodedValueIsAnAnswerToItsItem() {
        String analyst = TestTokens.analyst();
        String coded = CYCLES + "/2015-2018/coded-answers?country=ARG";
        int before = given().auth().oauth2(analyst).when().get(coded).then().statusCode(200).extract().path("size()");
        for (String body : new String[] {
                "{\"linkId\": \"A.authority.model\", \"value\": \"\"}",
                "{\"linkId\": \"A.authority.year_established\", \"value\": 123456789012345678901234567890}",
                "{\"linkId\": \"A.authority.year_established\", \"value\": \"2001\"}",
                "{\"linkId\": \"A.authority.public_institution_count\", \"value\": 1e300}",
                "{\"linkId\": \"A.authority\", \"value\": {\"x\": 1}}"}) {
            refused(given().auth().oauth2(analyst).contentType("application/json").body(body)
                    .when().post(CYCLES + "/2015-2018/assignments/ARG/codings").then(), "value");
        }
        given().auth().oauth2(analyst).when().get(coded).then().body("size()", equalTo(before));
    }
}
