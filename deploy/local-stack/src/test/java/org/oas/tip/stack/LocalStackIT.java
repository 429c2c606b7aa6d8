package org.oas.tip.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * End to end on the real stack: embedded PostgreSQL, Keycloak from Maven Central with the oas-tip realm, the three
 * packaged services and the gateway, started exactly as a developer starts them (on other ports, state under target/).
 */
@ExtendWith(RunningStack.class)
class LocalStackIT {

    @Test
    void memberStateToolReachesTheQuestionnaireServiceWithItsRequestId() throws IOException {
        String token = RunningStack.clientToken("tool-arg", "local-dev-secret-arg");
        String requestId = "e2e-" + UUID.randomUUID();
        given().auth().oauth2(token).header("X-Request-Id", requestId)
                .when().get("/api/questionnaire/v1/cycles")
                .then().statusCode(200)
                .header("X-Request-Id", requestId)
                .body("code", hasItem("2015-2018"));
        String log = Files.readString(RunningStack.config().home().resolve("logs/questionnaire-service.log"));
        assertTrue(log.contains(requestId), "the service's log names the request id");
    }

    @Test
    void aSnapshotsRequestIdIsInTheLogOfEveryServiceItRead() throws IOException {
        String analyst = RunningStack.clientToken("oas-system", "local-dev-secret-oas-system");
        String requestId = "e2e-snapshot-" + UUID.randomUUID();
        String job = given().auth().oauth2(analyst).header("X-Request-Id", requestId)
                .when().post("/api/analytics/v1/cycles/2015-2018/snapshots").then().statusCode(202)
                .header("X-Request-Id", requestId).extract().header("Location");
        RunningStack.awaitSnapshot(analyst, job);
        for (String service : List.of("gateway", "analytics-service", "registry-service", "questionnaire-service")) {
            String log = Files.readString(RunningStack.config().home().resolve("logs/" + service + ".log"));
            assertTrue(log.contains(requestId), "the " + service + " log names the snapshot's request id");
        }
    }

    @Test
    void registryAnswersAnonymousAndAuthenticatedReadsThroughTheGateway() {
        given().when().get("/api/registry/v1/countries/ARG")
                .then().statusCode(200).body("nameEs", equalTo("Argentina"))
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        given().auth().oauth2(RunningStack.clientToken("tool-mex", "local-dev-secret-mex"))
                .when().get("/api/registry/v1/countries").then().statusCode(200).body("iso3", hasItems("MEX", "USA"));
    }

    @Test
    void oasSystemReadsAnalyticsAndMemberStatesCannot() {
        given().auth().oauth2(RunningStack.clientToken("oas-system", "local-dev-secret-oas-system"))
                .when().get("/api/analytics/v1/populations").then().statusCode(200);
        given().auth().oauth2(RunningStack.clientToken("tool-usa", "local-dev-secret-usa"))
                .when().get("/api/analytics/v1/populations").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anAnswerAcceptedByTheSecretariatBecomesARegistryInstrument() {
        String admin = RunningStack.clientToken("questionnaire-service", "local-dev-secret-questionnaire-service");
        String arg = RunningStack.clientToken("tool-arg", "local-dev-secret-arg");
        String code = "e2e" + UUID.randomUUID().toString().substring(0, 8);
        String definition = """
                {"code": "%s", "version": "1", "title": {"en": "End-to-end questionnaire"}, "items": [
                  {"linkId": "s", "type": "group", "text": {"en": "Channels"}, "items": [
                    {"linkId": "s.lines", "type": "group", "repeats": true, "text": {"en": "Lines"}, "instrumentKind": "REPORTING_CHANNEL",
                     "items": [
                       {"linkId": "s.lines.title", "type": "string", "required": true, "text": {"en": "Name"}, "instrumentField": "title"},
                       {"linkId": "s.lines.type", "type": "choice", "required": true, "text": {"en": "Type"}, "instrumentField": "channel.type",
                        "answerOptions": [{"code": "DEDICATED_TIP_LINE", "display": {"en": "Dedicated line"}}]},
                       {"linkId": "s.lines.number", "type": "phone", "text": {"en": "Number"}, "instrumentField": "channel.contact"}]}]}]}
                """.formatted(code);
        String etag = given().auth().oauth2(admin).contentType("application/json").body(definition)
                .when().post("/api/questionnaire/v1/questionnaires").then().statusCode(201).extract().header("ETag");
        given().auth().oauth2(admin).header("If-Match", etag)
                .when().post("/api/questionnaire/v1/questionnaires/" + code + "/versions/1/publication").then().statusCode(200);
        // the cycle's assignments come from the registry's list of active member states
        given().auth().oauth2(admin).contentType("application/json")
                .body("{\"code\":\"" + code + "\",\"title\":\"e2e\",\"opensOn\":\"2026-01-01\",\"deadline\":\"2099-12-31\",\"referenceDate\":\"2099-12-31\","
                        + "\"questionnaire\":\"" + code + "\",\"questionnaireVersion\":\"1\"}")
                .when().post("/api/questionnaire/v1/cycles").then().statusCode(201);
        String assignment = "/api/questionnaire/v1/cycles/" + code + "/assignments/ARG";
        given().auth().oauth2(admin).when().get("/api/questionnaire/v1/cycles/" + code + "/assignments").then().body("size()", equalTo(34));
        // Argentina's tool submits one line; the secretariat accepts it
        String line = "Linea " + code;
        etag = given().auth().oauth2(arg).when().get(assignment).then().statusCode(200).extract().header("ETag");
        etag = given().auth().oauth2(arg).header("If-Match", etag).header("Idempotency-Key", code).contentType("application/json")
                .body("{\"s\": {\"s.lines\": [{\"s.lines.title\": \"" + line + "\", \"s.lines.type\": \"DEDICATED_TIP_LINE\", "
                        + "\"s.lines.number\": \"145\"}]}}")
                .when().post(assignment + "/submission").then().statusCode(200).body("status", equalTo("SUBMITTED")).extract().header("ETag");
        given().auth().oauth2(arg).header("If-Match", etag).when().post(assignment + "/acceptance").then().statusCode(403);
        given().auth().oauth2(admin).header("If-Match", etag).when().post(assignment + "/acceptance").then().statusCode(200);
        // the outbox publishes it to the registry with the questionnaire-service's own token
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        List<Object> found = List.of();
        while (found.isEmpty() && System.nanoTime() < deadline) {
            found = given().queryParam("q", code).queryParam("country", "ARG").when().get("/api/registry/v1/instruments")
                    .then().statusCode(200).extract().jsonPath().getList("items.findAll { it.provenance.cycle == '" + code + "' }");
            Http.sleep(Duration.ofMillis(500));
        }
        assertEquals(1, found.size(), "the accepted line reached the registry once");
        given().queryParam("q", code).when().get("/api/registry/v1/instruments").then()
                .body("items[0].channel.type", equalTo("DEDICATED_TIP_LINE")).body("items[0].channel.contact", equalTo("145"))
                .body("items[0].provenance.source", equalTo("CYCLE_ANSWER"));
    }

    @Test
    void theBaselineCycleIsComputedFromBothServicesAndPublishedAsAReport() {
        String analyst = RunningStack.clientToken("oas-system", "local-dev-secret-oas-system");
        String admin = RunningStack.clientToken("questionnaire-service", "local-dev-secret-questionnaire-service");
        String job = given().auth().oauth2(analyst).when().post("/api/analytics/v1/cycles/2015-2018/snapshots")
                .then().statusCode(202).extract().header("Location");
        int snapshot = RunningStack.awaitSnapshot(analyst, job);
        // the report's headline figure (executive summary L167): 13 of the 33 respondents have a dedicated line
        given().auth().oauth2(analyst).when().get("/api/analytics/v1/snapshots/" + snapshot + "/indicators/E.dedicated_line")
                .then().statusCode(200).body("value", equalTo(13)).body("denominator", equalTo(33));

        String created = given().auth().oauth2(admin).contentType("application/json").body("{\"snapshotId\": " + snapshot + "}")
                .when().post("/api/analytics/v1/reports").then().statusCode(201).extract().header("Location");
        assertTrue(created.startsWith(RunningStack.config().gatewayUrl() + "/api/analytics/v1/reports/"),
                "Location names the gateway the caller used, not the service behind it: " + created);
        String report = created.replaceFirst("^https?://[^/]+", "");
        String etag = given().auth().oauth2(admin).when().get(report).then().statusCode(200).extract().header("ETag");
        etag = given().auth().oauth2(admin).header("If-Match", etag).contentType("application/json").body("{\"status\": \"COUNTRY_REVIEW\"}")
                .when().put(report + "/status").then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(RunningStack.clientToken("tool-arg", "local-dev-secret-arg")).contentType("application/json")
                .body("{\"section\": \"E\", \"text\": \"Line 145 also answers in English.\"}")
                .when().post(report + "/comments").then().statusCode(201).body("country", equalTo("ARG"));
        given().auth().oauth2(RunningStack.clientToken("tool-mex", "local-dev-secret-mex")).when().get(report + "/comments")
                .then().statusCode(200).body("size()", equalTo(0));
        given().when().get(report).then().statusCode(404);
        given().auth().oauth2(admin).header("If-Match", etag).contentType("application/json").body("{\"status\": \"FINAL\"}")
                .when().put(report + "/status").then().statusCode(200);
        String html = given().accept("text/html").when().get(report).then().statusCode(200).extract().asString();
        assertTrue(html.contains("Section G: Gender Perspective") && html.contains("Appendix 9: Directory of dedicated phone lines")
                && html.contains("<td>Argentina</td><td>Line 145"), "the published report assembles the sections and the appendices");
        given().header("Accept-Encoding", "gzip").accept("text/html").when().get(report)
                .then().statusCode(200).header("Content-Encoding", "gzip");
        given().when().get(report + "/figures/E.dedicated_line").then().statusCode(200).contentType(startsWith("image/svg+xml"));
    }

    @Test
    void forgedTokenStopsAtTheGateway() {
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl")
                .when().get("/api/registry/v1/countries")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void gatewayHealthReportsEveryBackendToOperatorsAndServesTheirSpecs() {
        StackConfig config = RunningStack.config();
        given().baseUri("http://localhost:" + StackConfig.managementPort(config.gatewayPort()))
                .when().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItems("questionnaire-service", "registry-service", "analytics-service"));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP")).body("checks", nullValue());
        for (String api : new String[] {"questionnaire", "registry", "analytics"}) {
            given().when().get("/api/" + api + "/v1/openapi").then().statusCode(200);
        }
    }

    @Test
    void healthDetailsAndMetricsAreOnEachManagementPortOnly() {
        StackConfig config = RunningStack.config();
        for (int port : new int[] {config.gatewayPort(), config.questionnairePort(), config.registryPort(), config.analyticsPort()}) {
            String management = "http://localhost:" + StackConfig.managementPort(port);
            given().baseUri(management).when().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
            given().baseUri(management).when().get("/q/health").then().statusCode(200).body("checks", notNullValue());
            given().baseUri("http://localhost:" + port).when().get("/q/metrics").then().statusCode(404);
            given().baseUri("http://localhost:" + port).when().get("/q/health").then().statusCode(200)
                    .body("status", equalTo("UP")).body("checks", nullValue());
        }
        given().urlEncodingEnabled(false).when().get("/api/registry/%2e%2e/%2e%2e/q/metrics")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aForgedTokenIs401AtEveryServiceCalledDirectlyToo() {
        StackConfig config = RunningStack.config();
        String forged = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl";
        String[][] publicReads = {
                {Integer.toString(config.registryPort()), "/api/registry/v1/countries"},
                {Integer.toString(config.analyticsPort()), "/api/analytics/v1/reports"},
                {Integer.toString(config.questionnairePort()), "/api/questionnaire/v1/openapi"}};
        for (String[] read : publicReads) {
            given().baseUri("http://localhost:" + read[0]).when().get(read[1]).then().statusCode(200);
            given().baseUri("http://localhost:" + read[0]).auth().oauth2(forged).when().get(read[1])
                    .then().statusCode(401).contentType("application/problem+json");
        }
    }
}
