package org.oas.tip.stack;

import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * End to end on the real stack: embedded PostgreSQL, Keycloak from Maven Central with the oas-tip realm, the three
 * packaged services and the gateway, started exactly as a developer starts them (on other ports, state under target/).
 */
class LocalStackIT {

    private static LocalStack stack;

    @BeforeAll
    static void startStack() {
        Path repo = Path.of(System.getProperty("tip.repo")).toAbsolutePath();
        StackConfig config = new StackConfig(repo, repo.resolve("deploy/local-stack/target/e2e-stack"),
                Path.of(System.getProperty("tip.keycloak-zip")), 18080);
        stack = new LocalStack(config).start();
        RestAssured.baseURI = config.gatewayUrl();
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    private static String clientToken(String client, String secret) {
        return given().baseUri(stack.config().issuer())
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", client)
                .formParam("client_secret", secret)
                .when().post("/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    @Test
    void memberStateToolReachesTheQuestionnaireServiceWithItsRequestId() throws IOException {
        String token = clientToken("tool-arg", "local-dev-secret-arg");
        String requestId = "e2e-" + UUID.randomUUID();
        given().auth().oauth2(token).header("X-Request-Id", requestId)
                .when().get("/api/questionnaire/v1/cycles")
                .then().statusCode(200)
                .header("X-Request-Id", requestId)
                .body("code", hasItem("2015-2018"));
        String log = Files.readString(stack.config().home().resolve("logs/questionnaire-service.log"));
        assertTrue(log.contains(requestId), "the service's log names the request id");
    }

    @Test
    void registryAnswersAnonymousAndAuthenticatedReadsThroughTheGateway() {
        given().when().get("/api/registry/v1/countries/ARG")
                .then().statusCode(200).body("nameEs", equalTo("Argentina"))
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        given().auth().oauth2(clientToken("tool-mex", "local-dev-secret-mex"))
                .when().get("/api/registry/v1/countries").then().statusCode(200).body("iso3", hasItems("MEX", "USA"));
    }

    @Test
    void oasSystemReadsAnalyticsAndMemberStatesCannot() {
        given().auth().oauth2(clientToken("oas-system", "local-dev-secret-oas-system"))
                .when().get("/api/analytics/v1/populations").then().statusCode(200);
        given().auth().oauth2(clientToken("tool-usa", "local-dev-secret-usa"))
                .when().get("/api/analytics/v1/populations").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void forgedTokenStopsAtTheGateway() {
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl")
                .when().get("/api/registry/v1/countries")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void gatewayHealthReportsEveryBackendAndServesTheirSpecs() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItems("questionnaire-service", "registry-service", "analytics-service"));
        for (String api : new String[] {"questionnaire", "registry", "analytics"}) {
            given().when().get("/api/" + api + "/v1/openapi").then().statusCode(200);
        }
    }
}
