package org.oas.tip.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import org.oas.tip.gateway.support.StubBackends;

/** Prometheus metrics are exposed, with proxied requests grouped per API prefix. */
@QuarkusTest
@WithTestResource(StubBackends.class)
@WithTestResource(OidcWiremockTestResource.class)
class MetricsTest {

    @Test
    void prometheusMetricsCountProxiedRequestsPerPrefix() {
        given().get("/api/analytics/v1/indicators/9").then().statusCode(200);

        given().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"/api/analytics/*\""));
    }
}
