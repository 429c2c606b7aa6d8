package org.oas.tip.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import org.oas.tip.gateway.support.StubBackends;
import org.oas.tip.gateway.support.Stubs;
import org.oas.tip.gateway.support.Tokens;

/** Tokens the gateway must turn away at the edge, before any backend sees the request. */
@QuarkusTest
@WithTestResource(StubBackends.class)
@WithTestResource(OidcWiremockTestResource.class)
class TokenValidationTest {

    @BeforeEach
    void clearStubs() {
        Stubs.clear();
    }

    static Stream<Arguments> rejectedTokens() {
        return Stream.of(
                Arguments.of("garbage", "not-a-jwt-at-all"),
                Arguments.of("expired", Tokens.expired()),
                Arguments.of("signed by another key", Tokens.signedByOtherKey()),
                Arguments.of("from another issuer", Tokens.fromOtherIssuer()),
                Arguments.of("for another audience", Tokens.forOtherAudience()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedTokens")
    void rejectedTokenGets401ProblemAndNeverReachesTheBackend(String kind, String token) {
        given().auth().oauth2(token)
                .contentType("application/json")
                .body("{}")
                .post("/api/questionnaire/v1/reports")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .header("X-Request-Id", notNullValue())
                .body("type", equalTo("https://tip.oas.org/problems/unauthorized"))
                .body("title", equalTo("Unauthorized"))
                .body("status", equalTo(401))
                .body("detail", notNullValue())
                .body("instance", equalTo("/api/questionnaire/v1/reports"));

        assertThat(Stubs.received("questionnaire"), empty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedTokens")
    void rejectedTokenOnAPublicReadGets401AndWithoutATokenItPasses(String kind, String token) {
        given().get("/api/registry/v1/countries").then().statusCode(200);
        given().auth().oauth2(token)
                .get("/api/registry/v1/countries")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("https://tip.oas.org/problems/unauthorized"));
        assertThat(Stubs.received("registry"), hasSize(1));
    }

    @ParameterizedTest
    @ValueSource(strings = { "Basic YWRtaW46ZGVtbw==", "Bearer", "Bearer ", "Token abc" })
    void authorizationWithoutABearerTokenGets401(String header) {
        given().header("Authorization", header)
                .get("/api/registry/v1/countries")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .header("X-Request-Id", notNullValue())
                .body("type", equalTo("https://tip.oas.org/problems/unauthorized"))
                .body("requestId", notNullValue());
        assertThat(Stubs.received("registry"), empty());
    }

    @Test
    void validTokenIsAccepted() {
        given().auth().oauth2(Tokens.valid("tool-usa"))
                .get("/api/analytics/v1/indicators")
                .then()
                .statusCode(200)
                .header("X-Backend", "analytics");
        assertThat(Stubs.received("analytics"), hasSize(1));
    }
}
