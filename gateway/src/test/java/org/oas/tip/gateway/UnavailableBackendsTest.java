package org.oas.tip.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.containsString;

import java.net.URL;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import org.oas.tip.gateway.support.StubBackends;

/**
 * With the registry hanging (accepts, never answers), analytics stopped (nothing listens) and the questionnaire service
 * hanging up on API requests, clients get a quick 504, 503 (both with {@code Retry-After}) or 502 problem, and health
 * reports the first two DOWN without hanging.
 */
@QuarkusTest
@TestProfile(UnavailableBackendsTest.Profile.class)
@WithTestResource(StubBackends.class)
@WithTestResource(OidcWiremockTestResource.class)
class UnavailableBackendsTest {

    @TestHTTPResource(value = "/health", management = true)
    URL managementHealth;

    @TestHTTPResource(value = "/health/live", management = true)
    URL managementLiveness;

    /** Points the registry at the silent stub and analytics at a closed port, with a 2 s upstream timeout. */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "%test.tip.gateway.registry-url", "${stub.hanging-url}",
                    "%test.tip.gateway.analytics-url", "${stub.dead-url}",
                    "%test.tip.gateway.questionnaire-url", "${stub.closing-url}",
                    "%test.tip.gateway.upstream-timeout", "2s",
                    "%test.tip.gateway.retry-after", "7");
        }
    }

    @Test
    void stoppedBackendGets503WithRetryAfter() {
        given().get("/api/analytics/v1/indicators")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "7")
                .body("status", equalTo(503))
                .body("title", equalTo("Service Unavailable"))
                .body("type", equalTo("https://tip.oas.org/problems/unavailable"))
                .body("detail", equalTo("The analytics-service is not available; try again later"))
                .body("requestId", notNullValue())
                .header("X-Request-Id", notNullValue())
                .body("instance", equalTo("/api/analytics/v1/indicators"));
    }

    @Test
    void backendHangingUpGets502Problem() {
        given().header("X-Request-Id", "broken-1").get("/api/questionnaire/v1/forms")
                .then()
                .statusCode(502)
                .contentType("application/problem+json")
                .header("X-Request-Id", "broken-1")
                .body("type", equalTo("https://tip.oas.org/problems/unavailable"))
                .body("title", equalTo("Bad Gateway"))
                .body("detail", equalTo("The exchange with the questionnaire-service broke off"))
                .body("requestId", equalTo("broken-1"));
    }

    @Test
    void hangingBackendGets504WithRetryAfterWithinTheTimeout() {
        // the first request of a test JVM also loads REST Assured: keep that out of the measured time
        given().get("/q/health/live").then().statusCode(200);
        long started = System.nanoTime();

        given().get("/api/registry/v1/countries")
                .then()
                .statusCode(504)
                .contentType("application/problem+json")
                .header("Retry-After", "7")
                .body("status", equalTo(504))
                .body("title", equalTo("Gateway Timeout"))
                .body("type", equalTo("https://tip.oas.org/problems/unavailable"))
                .body("detail", notNullValue())
                .body("requestId", notNullValue());

        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        assertThat(elapsed.toMillis(), lessThan(5_000L));
        assertThat(elapsed.toMillis(), not(lessThan(1_900L)));
    }

    @Test
    void healthReportsEachBackendAndDoesNotHang() {
        long started = System.nanoTime();

        given().get(managementHealth)
                .then()
                .statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'questionnaire-service' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'registry-service' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'analytics-service' }.status", equalTo("DOWN"));

        assertThat(Duration.ofNanos(System.nanoTime() - started).toMillis(), lessThan(5_000L));
    }

    @Test
    void publicHealthSaysDownAndNothingMore() {
        given().get("/q/health")
                .then()
                .statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks", nullValue())
                .body(not(containsString("localhost")));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP")).body("checks", nullValue());
    }

    @Test
    void livenessIgnoresBackends() {
        given().get(managementLiveness)
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("gateway"))
                .body("checks.name", not(hasItem("registry-service")));
    }
}
