package org.oas.tip.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import org.oas.tip.gateway.support.StubBackends;
import org.oas.tip.gateway.support.Stubs;

/** The X-Request-Id seen by the client is the one the backend received: generated, kept, or replaced. */
@QuarkusTest
@WithTestResource(StubBackends.class)
@WithTestResource(OidcWiremockTestResource.class)
class RequestIdTest {

    @BeforeEach
    void clearStubs() {
        Stubs.clear();
    }

    @Test
    void generatedWhenAbsent() {
        String echoed = given().get("/api/registry/v1/countries").then().statusCode(200).extract().header("X-Request-Id");

        assertThat(UUID.fromString(echoed).toString(), equalTo(echoed));
        assertThat(receivedId("registry"), equalTo(echoed));
    }

    @Test
    void passedThroughWhenSane() {
        String id = "client-42.retry_1";
        String echoed = given().header("X-Request-Id", id).get("/api/analytics/v1/indicators")
                .then().statusCode(200).extract().header("X-Request-Id");

        assertThat(echoed, equalTo(id));
        assertThat(receivedId("analytics"), equalTo(id));
    }

    @ParameterizedTest
    @ValueSource(strings = { "has spaces", "semi;colon", "<script>", "" })
    void replacedWhenMalformed(String malformed) {
        String echoed = given().header("X-Request-Id", malformed).get("/api/questionnaire/v1/forms")
                .then().statusCode(200).extract().header("X-Request-Id");

        assertThat(echoed, not(equalTo(malformed)));
        assertThat(UUID.fromString(echoed).toString(), equalTo(echoed));
        assertThat(receivedId("questionnaire"), equalTo(echoed));
    }

    @Test
    void replacedWhenTooLong() {
        String tooLong = "a".repeat(129);
        String echoed = given().header("X-Request-Id", tooLong).get("/api/questionnaire/v1/forms")
                .then().statusCode(200).extract().header("X-Request-Id");

        assertThat(echoed, not(equalTo(tooLong)));
        assertThat(receivedId("questionnaire"), equalTo(echoed));
        given().header("X-Request-Id", "a".repeat(128)).get("/api/questionnaire/v1/forms")
                .then().statusCode(200).header("X-Request-Id", "a".repeat(128));
    }

    @Test
    void echoedOnGatewayErrorsAndInTheProblem() {
        given().header("X-Request-Id", "trace-me").get("/not/an/api")
                .then()
                .statusCode(404)
                .header("X-Request-Id", "trace-me")
                .body("requestId", equalTo("trace-me"));
    }

    private static String receivedId(String backend) {
        List<Map<String, Object>> received = Stubs.received(backend);
        assertThat(received, hasSize(1));
        return (String) RoutingTest.headers(received.get(0)).get("x-request-id");
    }
}
