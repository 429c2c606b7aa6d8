package org.oas.tip.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import org.oas.tip.gateway.support.StubBackends;
import org.oas.tip.gateway.support.Stubs;
import org.oas.tip.gateway.support.Tokens;

/** Each API prefix reaches its own backend with the request exactly as the client sent it. */
@QuarkusTest
@WithTestResource(StubBackends.class)
@WithTestResource(OidcWiremockTestResource.class)
class RoutingTest {

    @BeforeEach
    void clearStubs() {
        Stubs.clear();
    }

    @ParameterizedTest
    @ValueSource(strings = { "questionnaire", "registry", "analytics" })
    void prefixReachesItsBackendWithPathQueryMethodBodyAndTokenUnchanged(String backend) {
        String token = Tokens.valid("tool-mex");
        String uri = "/api/" + backend + "/v1/things/42?lang=es&filter=a%20b&filter=c";

        given().urlEncodingEnabled(false)
                .auth().oauth2(token)
                .contentType("application/json")
                .body("{\"answer\":\"sí\"}")
                .put(uri)
                .then()
                .statusCode(200)
                .header("X-Backend", backend);

        List<Map<String, Object>> received = Stubs.received(backend);
        assertThat(received, hasSize(1));
        Map<String, Object> seen = received.get(0);
        assertThat(seen, allOf(hasEntry("method", (Object) "PUT"), hasEntry("uri", (Object) uri), hasEntry("body", (Object) "{\"answer\":\"sí\"}")));
        assertThat(headers(seen), hasEntry("authorization", (Object) ("Bearer " + token)));
        for (String other : List.of("questionnaire", "registry", "analytics")) {
            if (!other.equals(backend)) {
                assertThat("requests seen by " + other, Stubs.received(other), empty());
            }
        }
    }

    @Test
    void requestWithoutTokenReachesTheBackendAnonymously() {
        given().get("/api/registry/v1/countries?page=2")
                .then()
                .statusCode(200)
                .header("X-Backend", "registry");

        List<Map<String, Object>> received = Stubs.received("registry");
        assertThat(received, hasSize(1));
        assertThat(received.get(0), allOf(hasEntry("method", (Object) "GET"), hasEntry("uri", (Object) "/api/registry/v1/countries?page=2")));
        assertThat(headers(received.get(0)), not(hasKey("authorization")));
    }

    @Test
    void backendProblemIsPassedOnUntouched() {
        given().post("/api/questionnaire/v1/reports/7/conflict")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:tip:conflict"))
                .body("detail", equalTo("from questionnaire"));
    }

    @Test
    void unknownPathGetsProblemNotFound() {
        given().get("/nowhere/at/all")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"))
                .body("instance", equalTo("/nowhere/at/all"))
                .body("type", equalTo("https://tip.oas.org/problems/not-found"));
    }

    @Test
    void lookalikePrefixIsNotRouted() {
        given().get("/api/registryx/v1/countries").then().statusCode(404).contentType("application/problem+json");
        assertThat(Stubs.received("registry"), empty());
    }

    @Test
    void rootRedirectsToSwaggerUi() {
        given().redirects().follow(false)
                .get("/")
                .then()
                .statusCode(302)
                .header("Location", startsWith("/q/swagger-ui"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> headers(Map<String, Object> seen) {
        return (Map<String, Object>) seen.get("headers");
    }
}
