package org.oas.tip.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;

import org.oas.tip.gateway.support.StubBackends;
import org.oas.tip.gateway.support.Stubs;

/** Bodies over {@code tip.gateway.max-body-size} (64K in tests) get 413 and never reach a backend whole. */
@QuarkusTest
@WithTestResource(StubBackends.class)
@WithTestResource(OidcWiremockTestResource.class)
class BodySizeTest {

    private static final int LIMIT = 64 * 1024;

    @TestHTTPResource("/api/questionnaire/v1/attachments")
    URL attachments;

    @BeforeEach
    void clearStubs() {
        Stubs.clear();
    }

    @Test
    void declaredOversizedBodyGets413Problem() {
        given().contentType("application/octet-stream")
                .body(bytes(LIMIT + 1))
                .post("/api/questionnaire/v1/attachments")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("title", equalTo("Request Entity Too Large"))
                .body("type", equalTo("https://tip.oas.org/problems/too-large"))
                .body("instance", equalTo("/api/questionnaire/v1/attachments"));

        assertThat(Stubs.received("questionnaire"), empty());
    }

    @Test
    void streamedOversizedBodyGets413Problem() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        // an InputStream publisher has no known length, so the body goes out chunked
        HttpRequest request = HttpRequest.newBuilder(URI.create(attachments.toString()))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes(4 * LIMIT))))
                .build();

        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode(), equalTo(413));
        assertThat(response.headers().firstValue("Content-Type").orElse(""), startsWith("application/problem+json"));
        assertThat(JsonPath.from(response.body()).getInt("status"), equalTo(413));
        assertThat(JsonPath.from(response.body()).getString("type"), equalTo("https://tip.oas.org/problems/too-large"));
        assertThat(Stubs.received("questionnaire"), empty());
    }

    @Test
    void bodyAtTheLimitPasses() {
        given().contentType("application/octet-stream")
                .body(bytes(LIMIT))
                .post("/api/questionnaire/v1/attachments")
                .then()
                .statusCode(200);

        assertThat(Stubs.received("questionnaire"), hasSize(1));
    }

    @Test
    void streamedBodyUnderTheLimitPasses() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(attachments.toString()))
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes(LIMIT / 2))))
                .build();

        assertThat(client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode(), equalTo(200));
        assertThat(Stubs.received("questionnaire"), hasSize(1));
    }

    private static byte[] bytes(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 'x');
        return bytes;
    }
}
