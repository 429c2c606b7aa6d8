package org.oas.tip.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.net.URL;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import org.oas.tip.gateway.support.RawHttp;
import org.oas.tip.gateway.support.StubBackends;

/**
 * Prometheus metrics are on the management interface only, with proxied requests grouped per API prefix; the public
 * port has none, however the path is written.
 */
@QuarkusTest
@WithTestResource(StubBackends.class)
@WithTestResource(OidcWiremockTestResource.class)
class MetricsTest {

    @TestHTTPResource("/")
    URL url;

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Test
    void prometheusMetricsCountProxiedRequestsPerPrefix() {
        given().get("/api/analytics/v1/indicators/9").then().statusCode(200);

        given().get(metrics)
                .then()
                .statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"/api/analytics/*\""));
    }

    @Test
    void publicPortHasNoMetrics() {
        given().get("/q/metrics")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://tip.oas.org/problems/not-found"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/registry/../../q/metrics", "/api/registry/%2e%2e/%2E%2E/q/metrics", "/q/health/../metrics" })
    void theMetricsCannotBeReachedThroughDotSegments(String path) {
        RawHttp.Answer answer = RawHttp.get(url, path);

        assertThat(answer.status(), equalTo(400));
        assertThat(answer.headers().get("content-type"), equalTo("application/problem+json"));
        assertThat(answer.json().getString("type"), equalTo("https://tip.oas.org/problems/invalid-parameter"));
        assertThat(answer.body(), not(containsString("http_server_requests")));
    }
}
