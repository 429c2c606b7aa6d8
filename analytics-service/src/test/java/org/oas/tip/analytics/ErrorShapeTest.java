package org.oas.tip.analytics;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.oas.tip.testing.PostgresTestResource;
import org.oas.tip.testing.TestTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** The shared error layer (service-defaults) wired into the analytics: parameters and bodies refused as problem+json. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class ErrorShapeTest {

    private static final String PROBLEMS = "https://tip.oas.org/problems/";
    private static final String POPULATIONS = "/api/analytics/v1/populations";

    @Test
    void parametersJaxRsCannotReadAre400NamingThem() {
        problem(given().auth().oauth2(TestTokens.analyst()).queryParam("year", "abc").when().get(POPULATIONS), 400, "invalid-parameter")
                .body("violations[0].field", equalTo("year")).body("violations[0].in", equalTo("query"));
        problem(given().auth().oauth2(TestTokens.admin()).contentType("application/json").body("{}")
                .when().put(POPULATIONS + "/URY/abc"), 400, "invalid-parameter")
                .body("violations[0].field", equalTo("year")).body("violations[0].in", equalTo("path"));
        problem(given().auth().oauth2(TestTokens.analyst()).queryParam("yaer", "2017").when().get(POPULATIONS), 400, "unknown-parameter")
                .body("violations[0].field", equalTo("yaer"));
    }

    @Test
    void malformedBodiesAre400AndStoreNothing() {
        int before = given().auth().oauth2(TestTokens.analyst()).queryParam("country", "URY").when().get(POPULATIONS)
                .then().statusCode(200).extract().path("size()");
        for (String body : new String[] {"null", "", "[]", "7", "{\"a\":1,\"a\":1}", "{} {}"}) {
            problem(given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(body)
                    .when().put(POPULATIONS + "/URY/2016"), 400, "malformed-body");
        }
        given().auth().oauth2(TestTokens.analyst()).queryParam("country", "URY").when().get(POPULATIONS)
                .then().statusCode(200).body("size()", equalTo(before));
    }

    private static ValidatableResponse problem(io.restassured.response.Response response, int status, String type) {
        return response.then().statusCode(status).contentType("application/problem+json")
                .header("X-Request-Id", notNullValue())
                .body("type", equalTo(PROBLEMS + type)).body("detail", notNullValue()).body("requestId", notNullValue());
    }
}
