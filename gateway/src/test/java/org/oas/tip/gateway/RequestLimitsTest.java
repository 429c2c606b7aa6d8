package org.oas.tip.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.net.URL;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.vertx.core.json.JsonObject;

import org.oas.tip.gateway.support.RawHttp;
import org.oas.tip.gateway.support.StubBackends;
import org.oas.tip.gateway.support.Stubs;

/**
 * What the gateway refuses before routing, each as problem+json with its type and the request id: a URI over its
 * limit (414), headers over their limit (431), and paths that could be read as another path (400); none reaches a
 * backend.
 */
@QuarkusTest
@WithTestResource(StubBackends.class)
@WithTestResource(OidcWiremockTestResource.class)
class RequestLimitsTest {

    @TestHTTPResource("/")
    URL url;

    @BeforeEach
    void clearStubs() {
        Stubs.clear();
    }

    @Test
    void uriOverTheLimitGets414Problem() {
        String target = "/api/registry/v1/countries?q=" + "a".repeat(4000);

        RawHttp.Answer answer = RawHttp.get(url, target, "X-Request-Id: long-uri-1");

        assertProblem(answer, 414, "uri-too-long");
        assertThat(answer.headers().get("x-request-id"), equalTo("long-uri-1"));
        assertThat(answer.json().getString("requestId"), equalTo("long-uri-1"));
        assertThat(Stubs.received("registry"), empty());
    }

    @Test
    void uriAtTheLimitPasses() {
        String prefix = "/api/registry/v1/countries?q=";
        RawHttp.Answer answer = RawHttp.get(url, prefix + "a".repeat(4000 - prefix.length()));
        assertThat(answer.body(), answer.status(), equalTo(200));
        assertThat(Stubs.received("registry"), hasSize(1));
    }

    @Test
    void headersOverTheLimitGet431ProblemWithAGeneratedRequestId() {
        RawHttp.Answer answer = RawHttp.get(url, "/api/registry/v1/countries", "X-Padding: " + "p".repeat(17_000));

        assertProblem(answer, 431, "headers-too-large");
        assertThat(answer.headers().get("x-request-id"), notNullValue());
        assertThat(answer.json().getString("requestId"), equalTo(answer.headers().get("x-request-id")));
        assertThat(Stubs.received("registry"), empty());
    }

    @ParameterizedTest
    @CsvSource({
            "/api/registry/v1/countries/../../../q/metrics, path",
            "/api/registry/v1/%2e%2e/countries, path",
            "/api/registry/v1/./countries, path",
            "/api/registry/v1/countries/ARG%2f..%2f..%2fq, path",
            "/api/registry/v1/countries/ARG%5C, path",
            "/api/registry/v1/countries/%zz, path",
            "/api/registry/v1/countries/AR%4, path",
            "/api/registry/v1/countries?subregion=%G1, query",
            "/api/registry/v1/countries/a|b, path",
            "/api/registry/v1/countries?q=a{b}, query",
            "/api/registry/v1/countries/\u00ff, path",
    })
    void pathsThatCouldReadAsAnotherGet400Problem(String target, String field) {
        RawHttp.Answer answer = RawHttp.get(url, target);

        assertProblem(answer, 400, "invalid-parameter");
        JsonObject violation = answer.json().getJsonArray("violations").getJsonObject(0);
        assertThat(violation.getString("field"), equalTo(field));
        assertThat(violation.getString("in"), equalTo(field));
        assertThat(Stubs.received("registry"), empty());
    }

    @Test
    void wellFormedEncodingPasses() {
        given().urlEncodingEnabled(false).get("/api/registry/v1/countries/C%C3%B4te%20d'Ivoire?q=a%2Fb").then().statusCode(200);
        assertThat(Stubs.received("registry"), hasSize(1));
    }

    private static void assertProblem(RawHttp.Answer answer, int status, String kind) {
        assertThat(answer.body(), answer.status(), equalTo(status));
        assertThat(answer.headers().get("content-type"), equalTo("application/problem+json"));
        JsonObject problem = answer.json();
        assertThat(problem.getString("type"), equalTo("https://tip.oas.org/problems/" + kind));
        assertThat(problem.getInteger("status"), equalTo(status));
        assertThat(problem.getString("detail"), notNullValue());
        assertThat(problem.getString("requestId"), notNullValue());
    }
}
