package org.oas.tip.analytics;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.oas.tip.testing.PostgresTestResource;
import org.oas.tip.testing.TestTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/** Population figures: loading, replacing, reading, and refusals. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class PopulationResourceTest {

    private static final String POPULATIONS = "/api/analytics/v1/populations";

    @Test
    void secretariatLoadsThenReplacesAFigure() {
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body("{\"population\":44044811,\"source\":\"WPP 2024\"}")
                .when().put(POPULATIONS + "/arg/2017")
                .then().statusCode(201).body("country", equalTo("ARG")).body("population", equalTo(44044811));
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body("{\"population\":44044812,\"source\":\"WPP 2024 rev\"}")
                .when().put(POPULATIONS + "/ARG/2017")
                .then().statusCode(200).body("population", equalTo(44044812));
        given().auth().oauth2(TestTokens.analyst()).queryParam("country", "ARG").when().get(POPULATIONS)
                .then().statusCode(200).body("$", hasSize(1)).body("source", hasItem("WPP 2024 rev"));
    }

    @Test
    void badFiguresAreRefusedAndNothingStored() {
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body("{\"population\":-5}")
                .when().put(POPULATIONS + "/BRA/2017")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(containsString("population")))
                .body("violations.field", hasItem(containsString("source")));
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body("{\"population\":5,\"source\":\"x\"}")
                .when().put(POPULATIONS + "/BRA/1800")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("year"));
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body("{\"population\":5,\"source\":\"x\"}")
                .when().put(POPULATIONS + "/BRAZIL/2017")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("country"));
        given().auth().oauth2(TestTokens.admin()).queryParam("country", "BRA").when().get(POPULATIONS)
                .then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void focalPointsNeitherReadNorLoad() {
        given().auth().oauth2(TestTokens.focalPoint("ARG")).when().get(POPULATIONS).then().statusCode(403);
        given().auth().oauth2(TestTokens.focalPoint("ARG")).contentType("application/json")
                .body("{\"population\":5,\"source\":\"x\"}")
                .when().put(POPULATIONS + "/ARG/2018").then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).queryParam("year", 2018).when().get(POPULATIONS)
                .then().statusCode(200).body("$", hasSize(0));
    }
}
