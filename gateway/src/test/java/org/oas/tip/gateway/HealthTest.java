package org.oas.tip.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.net.URL;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import org.oas.tip.gateway.support.StubBackends;

/**
 * On the management interface, health lists every backend as its own check (with its address) and liveness only the
 * gateway; the public port says up or down and nothing more.
 */
@QuarkusTest
@WithTestResource(StubBackends.class)
@WithTestResource(OidcWiremockTestResource.class)
class HealthTest {

    // relative to the management root path, /q
    @TestHTTPResource(value = "/health", management = true)
    URL health;

    @TestHTTPResource(value = "/health/ready", management = true)
    URL readiness;

    @TestHTTPResource(value = "/health/live", management = true)
    URL liveness;

    @Test
    void healthListsTheThreeBackendsUp() {
        given().get(health)
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", containsInAnyOrder("gateway", "questionnaire-service", "registry-service", "analytics-service"))
                .body("checks.status", everyItem(equalTo("UP")))
                .body("checks.find { it.name == 'registry-service' }.data.url", notNullValue());
    }

    @Test
    void readinessListsOnlyTheBackends() {
        given().get(readiness)
                .then()
                .statusCode(200)
                .body("checks.name", containsInAnyOrder("questionnaire-service", "registry-service", "analytics-service"));
    }

    @Test
    void livenessListsOnlyTheGateway() {
        given().get(liveness)
                .then()
                .statusCode(200)
                .body("checks.name", containsInAnyOrder("gateway"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/q/health", "/q/health/ready", "/q/health/live" })
    void publicHealthSaysUpAndNothingMore(String path) {
        given().get(path)
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("status", equalTo("UP"))
                .body("checks", nullValue())
                .body(not(containsString("localhost")));
    }
}
