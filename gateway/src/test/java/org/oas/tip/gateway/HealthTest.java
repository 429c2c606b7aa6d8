package org.oas.tip.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import org.oas.tip.gateway.support.StubBackends;

/** Health lists every backend as its own check, and liveness only the gateway. */
@QuarkusTest
@WithTestResource(StubBackends.class)
@WithTestResource(OidcWiremockTestResource.class)
class HealthTest {

    @Test
    void healthListsTheThreeBackendsUp() {
        given().get("/q/health")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", containsInAnyOrder("gateway", "questionnaire-service", "registry-service", "analytics-service"))
                .body("checks.status", everyItem(equalTo("UP")));
    }

    @Test
    void readinessListsOnlyTheBackends() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.name", containsInAnyOrder("questionnaire-service", "registry-service", "analytics-service"));
    }

    @Test
    void livenessListsOnlyTheGateway() {
        given().get("/q/health/live")
                .then()
                .statusCode(200)
                .body("checks.name", containsInAnyOrder("gateway"));
    }
}
