package org.oas.tip.questionnaire;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oas.tip.testing.PostgresTestResource;
import org.oas.tip.testing.TestCaller;
import org.oas.tip.testing.TestTokens;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every endpoint of the questionnaire service against every kind of caller: anonymous, Argentina's focal point (the
 * country of the assignment), Mexico's, an analyst and the secretariat. Each cell is the status they get. Calls that
 * change state work on a fresh cycle, so cells do not depend on each other.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(RegistryStub.class)
class SecurityMatrixTest {

    private static final String API = "/api/questionnaire/v1";

    private static String arg(String cycle) {
        return API + "/cycles/" + cycle + "/assignments/ARG";
    }

    private static String etag(String cycle) {
        return given().auth().oauth2(TestTokens.admin()).get(arg(cycle)).header("ETag");
    }

    /** A fresh cycle whose Argentina response is submitted. */
    private static String submittedCycle() {
        String cycle = TestQuestionnaire.openCycle("2026-01-01", "2099-12-31");
        given().auth().oauth2(TestTokens.focalPoint("ARG")).header("If-Match", "\"0\"").contentType("application/json")
                .body("{\"s\": {\"s.has_line\": false}}").post(arg(cycle) + "/submission").then().statusCode(200);
        return cycle;
    }

    /** A fresh cycle with one clarification asked of Argentina; returns cycle and thread id. */
    private static String[] clarification() {
        String cycle = submittedCycle();
        int id = given().auth().oauth2(TestTokens.analyst()).contentType("application/json")
                .body("{\"linkId\": \"s.has_line\", \"text\": \"Is there really no line?\"}")
                .post(arg(cycle) + "/clarifications").then().statusCode(201).extract().path("id");
        return new String[] {cycle, Integer.toString(id)};
    }

    private static String draft() {
        String code = "m" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(TestQuestionnaire.definition(code))
                .post(API + "/questionnaires").then().statusCode(201);
        return code;
    }

    private static String shared;

    private static String sharedCycle() {
        if (shared == null) {
            shared = TestQuestionnaire.openCycle("2016-10-20", "2016-12-14");
        }
        return shared;
    }

    private static final Map<String, Function<TestCaller, Integer>> ENDPOINTS = Map.ofEntries(
            Map.entry("questionnaires", w -> w.request().get(API + "/questionnaires").statusCode()),
            Map.entry("questionnaire", w -> w.request().get(API + "/questionnaires/oas-tip-structured/versions/1").statusCode()),
            Map.entry("schema", w -> w.request().get(API + "/questionnaires/oas-tip-structured/versions/1/schema").statusCode()),
            Map.entry("completeness", w -> w.request().get(API + "/questionnaires/oas-tip-structured/versions/1/completeness").statusCode()),
            Map.entry("create questionnaire", w -> w.request().contentType("application/json")
                    .body(TestQuestionnaire.definition("m" + UUID.randomUUID().toString().substring(0, 8))).post(API + "/questionnaires").statusCode()),
            Map.entry("replace draft", w -> {
                String code = draft();
                return w.request().header("If-Match", "\"0\"").contentType("application/json")
                        .body(TestQuestionnaire.definition(code)).put(API + "/questionnaires/" + code + "/versions/1").statusCode();
            }),
            Map.entry("publish", w -> w.request().header("If-Match", "\"0\"").post(API + "/questionnaires/" + draft() + "/versions/1/publication").statusCode()),
            Map.entry("codebooks", w -> w.request().get(API + "/codebooks").statusCode()),
            Map.entry("cycles", w -> w.request().get(API + "/cycles").statusCode()),
            Map.entry("open cycle", w -> w.request().contentType("application/json").body("{\"code\":\"c" + UUID.randomUUID().toString().substring(0, 8)
                    + "\",\"title\":\"t\",\"opensOn\":\"2030-01-01\",\"deadline\":\"2030-02-01\",\"referenceDate\":\"2030-02-01\",\"questionnaire\":\"oas-tip-structured\","
                    + "\"questionnaireVersion\":\"1\"}").post(API + "/cycles").statusCode()),
            Map.entry("progress", w -> w.request().get(API + "/cycles/" + sharedCycle() + "/progress").statusCode()),
            Map.entry("extend", w -> w.request().contentType("application/json")
                    .body("{\"country\":\"ARG\",\"newDeadline\":\"2099-01-01\",\"reason\":\"r\"}")
                    .post(API + "/cycles/" + TestQuestionnaire.openCycle("2026-01-01", "2026-02-01") + "/extensions").statusCode()),
            Map.entry("close cycle", w -> w.request()
                    .post(API + "/cycles/" + TestQuestionnaire.openCycle("2026-01-01", "2026-02-01") + "/closure").statusCode()),
            Map.entry("remind", w -> w.request().post(API + "/cycles/" + sharedCycle() + "/reminders").statusCode()),
            Map.entry("coded answers", w -> w.request().get(API + "/cycles/2015-2018/coded-answers").statusCode()),
            Map.entry("accepted answers", w -> w.request().get(API + "/cycles/2015-2018/accepted-answers").statusCode()),
            Map.entry("assignments", w -> w.request().get(API + "/cycles/" + sharedCycle() + "/assignments").statusCode()),
            Map.entry("assignment", w -> w.request().get(arg(sharedCycle())).statusCode()),
            Map.entry("save", w -> w.request().header("If-Match", etag(sharedCycle())).contentType("application/json")
                    .body("{\"s\": {\"s.count\": 1}}").patch(arg(sharedCycle()) + "/answers").statusCode()),
            Map.entry("validate", w -> w.request().contentType("application/json").body("{}")
                    .post(arg(sharedCycle()) + "/answers/validation").statusCode()),
            Map.entry("submit", w -> {
                String cycle = TestQuestionnaire.openCycle("2026-01-01", "2099-12-31");
                return w.request().header("If-Match", "\"0\"").contentType("application/json").body("{\"s\": {\"s.has_line\": false}}")
                        .post(arg(cycle) + "/submission").statusCode();
            }),
            Map.entry("history", w -> w.request().get(arg(sharedCycle()) + "/history").statusCode()),
            Map.entry("clarifications", w -> w.request().get(arg(sharedCycle()) + "/clarifications").statusCode()),
            Map.entry("ask", w -> w.request().contentType("application/json").body("{\"linkId\": \"s.count\", \"text\": \"How many?\"}")
                    .post(arg(submittedCycle()) + "/clarifications").statusCode()),
            Map.entry("reply", w -> {
                String[] c = clarification();
                return w.request().contentType("application/json").body("{\"text\": \"Confirmed\"}")
                        .post(arg(c[0]) + "/clarifications/" + c[1] + "/replies").statusCode();
            }),
            Map.entry("resolve", w -> {
                String[] c = clarification();
                return w.request().post(arg(c[0]) + "/clarifications/" + c[1] + "/resolution").statusCode();
            }),
            Map.entry("accept", w -> {
                String cycle = submittedCycle();
                return w.request().header("If-Match", etag(cycle)).post(arg(cycle) + "/acceptance").statusCode();
            }),
            Map.entry("code", w -> w.request().contentType("application/json")
                    .body("{\"linkId\": \"A.authority.model\", \"value\": \"COLLEGIATE\", \"source\": \"matrix\"}")
                    .post(arg(sharedCycle()) + "/codings").statusCode()),
            Map.entry("publications", w -> w.request().get(API + "/publications").statusCode()),
            Map.entry("legacy publications", w -> w.request().get(API + "/publications/legacy").statusCode()),
            Map.entry("amend accepted", w -> {
                String cycle = acceptedCycle();
                return w.request().header("If-Match", etag(cycle)).contentType("application/json")
                        .body("{\"reason\": \"matrix\", \"answers\": {}}").patch(arg(cycle) + "/accepted-answers").statusCode();
            }),
            Map.entry("resolve conflicts", w -> {
                String cycle = acceptedCycle();
                int id = given().auth().oauth2(TestTokens.admin()).queryParam("cycle", cycle).get(API + "/publications")
                        .then().extract().path("[0].id");
                // the role passes for the secretariat, and then the state decides: a PENDING publication has no conflict
                return w.request().contentType("application/json").body("{\"entries\": [{\"ref\": \"s.lines[0]\", \"keep\": \"COUNTRY\"}]}")
                        .post(API + "/publications/" + id + "/resolution").statusCode();
            }));

    /** A fresh cycle whose Argentina response is accepted (and queued for the registry). */
    private static String acceptedCycle() {
        String cycle = submittedCycle();
        given().auth().oauth2(TestTokens.admin()).header("If-Match", etag(cycle)).post(arg(cycle) + "/acceptance").then().statusCode(200);
        return cycle;
    }

    /** endpoint, then the status for ANONYMOUS, FOCAL_OWN, FOCAL_OTHER, ANALYST, ADMIN. */
    static Stream<Arguments> matrix() {
        Object[][] rows = {
                {"questionnaires", 401, 200, 200, 200, 200},
                {"questionnaire", 401, 200, 200, 200, 200},
                {"schema", 401, 200, 200, 200, 200},
                {"completeness", 401, 200, 200, 200, 200},
                {"create questionnaire", 401, 403, 403, 403, 201},
                {"replace draft", 401, 403, 403, 403, 200},
                {"publish", 401, 403, 403, 403, 200},
                {"codebooks", 401, 200, 200, 200, 200},
                {"cycles", 401, 200, 200, 200, 200},
                {"open cycle", 401, 403, 403, 403, 201},
                {"progress", 401, 403, 403, 200, 200},
                {"extend", 401, 403, 403, 403, 200},
                {"remind", 401, 403, 403, 403, 200},
                {"close cycle", 401, 403, 403, 403, 200},
                {"coded answers", 401, 200, 200, 200, 200},
                {"accepted answers", 401, 403, 403, 200, 200},
                {"assignments", 401, 200, 200, 200, 200},
                {"assignment", 401, 200, 404, 200, 200},
                {"save", 401, 200, 404, 403, 200},
                {"validate", 401, 200, 404, 403, 200},
                {"submit", 401, 200, 404, 403, 200},
                {"history", 401, 200, 404, 200, 200},
                {"clarifications", 401, 200, 404, 200, 200},
                {"ask", 401, 403, 403, 201, 201},
                {"reply", 401, 200, 404, 200, 200},
                {"resolve", 401, 403, 403, 200, 200},
                {"accept", 401, 403, 403, 403, 200},
                {"code", 401, 403, 403, 201, 201},
                {"publications", 401, 403, 403, 200, 200},
                {"legacy publications", 401, 403, 403, 200, 200},
                {"amend accepted", 401, 403, 403, 403, 200},
                {"resolve conflicts", 401, 403, 403, 403, 409},
        };
        return Stream.of(rows).flatMap(row -> Stream.of(TestCaller.values()).map(who -> Arguments.of(row[0], who, row[1 + who.ordinal()])));
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("matrix")
    void statusPerCaller(String endpoint, TestCaller who, int expected) {
        assertEquals(expected, ENDPOINTS.get(endpoint).apply(who), endpoint + " as " + who);
    }
}
