package org.oas.tip.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import org.oas.tip.gateway.support.StubBackends;

/** The Swagger UI is served by the gateway and offers the three service documents, fetched through the gateway. */
@QuarkusTest
@WithTestResource(StubBackends.class)
@WithTestResource(OidcWiremockTestResource.class)
class SwaggerUiTest {

    @Test
    void swaggerUiListsTheThreeServiceDocuments() {
        given().get("/q/swagger-ui/")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("/api/questionnaire/v1/openapi"))
                .body(containsString("/api/registry/v1/openapi"))
                .body(containsString("/api/analytics/v1/openapi"))
                .body(containsString("tip-swagger-ui"))
                .body(not(containsString("\"/q/openapi\"")));
    }

    @Test
    void serviceDocumentIsFetchedThroughTheGateway() {
        given().get("/api/registry/v1/openapi")
                .then()
                .statusCode(200)
                .header("X-Backend", "registry");
    }
}
