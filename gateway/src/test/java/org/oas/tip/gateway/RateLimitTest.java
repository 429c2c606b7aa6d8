package org.oas.tip.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import org.oas.tip.gateway.support.StubBackends;
import org.oas.tip.gateway.support.Stubs;
import org.oas.tip.gateway.support.Tokens;

/** Each client (token azp, or IP when anonymous) has its own request budget; past it, 429 with Retry-After. */
@QuarkusTest
@TestProfile(RateLimitTest.Profile.class)
@WithTestResource(StubBackends.class)
@WithTestResource(OidcWiremockTestResource.class)
class RateLimitTest {

    /** Three requests a minute per client. */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("%test.tip.gateway.rate-limit.requests-per-minute", "3");
        }
    }

    @BeforeEach
    void clearStubs() {
        Stubs.clear();
    }

    @Test
    void clientOverItsBudgetGets429AndOthersAreUnaffected() {
        String mexico = Tokens.valid("tool-mex");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(mexico).get("/api/registry/v1/countries").then().statusCode(200);
        }

        int retryAfter = given().auth().oauth2(mexico)
                .get("/api/registry/v1/countries")
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("status", equalTo(429))
                .body("title", equalTo("Too Many Requests"))
                .body("type", equalTo("https://tip.oas.org/problems/rate-limited"))
                .body("detail", notNullValue())
                .header("X-Request-Id", notNullValue())
                .extract().response().headers().getValue("Retry-After").transform(Integer::parseInt);

        assertThat(retryAfter, greaterThanOrEqualTo(1));
        assertThat(Stubs.received("registry"), hasSize(3));

        given().auth().oauth2(Tokens.valid("tool-usa")).get("/api/registry/v1/countries").then().statusCode(200);
        given().get("/api/registry/v1/countries").then().statusCode(200);
    }
}
