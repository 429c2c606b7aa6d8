package org.oas.tip.testing;

import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What every caller relies on in every service, whatever the endpoint: readiness, the problem+json error shape,
 * authentication and roles, metrics, and the committed OpenAPI document. A service's test extends it, annotated with
 * {@code @QuarkusTest} and the PostgreSQL and OIDC test resources, and names one protected JSON endpoint. Health
 * details and metrics are on the management interface ({@code quarkus.management.test-port}); the public port says up
 * or down only.
 */
public abstract class ServiceContractTest {

    // relative to the management root path, /q
    @TestHTTPResource(value = "/health/ready", management = true)
    URL managementReadiness;

    @TestHTTPResource(value = "/metrics", management = true)
    URL managementMetrics;

    private static final String PROBLEM = "application/problem+json";
    private static final Path COMMITTED_OPENAPI = Path.of("src/main/openapi/openapi.yaml");
    private static final Path RELEASED_OPENAPI = Path.of("src/main/openapi/released/openapi.yaml");

    /** The service's API prefix, e.g. {@code /api/registry/v1}. */
    protected abstract String apiPrefix();

    /** An operation anyone may call without a token; by default the OpenAPI document (a route outside the REST layer). */
    protected String publicPath() {
        return apiPrefix() + "/openapi";
    }

    /** An endpoint that takes a JSON body and requires a role. */
    protected abstract ProtectedCall protectedCall();

    /** An endpoint taking JSON that only some roles may call. */
    public record ProtectedCall(String method, String path, String validBody, String allowedToken, String forbiddenToken) {
    }

    @Test
    void readinessChecksTheDatabase() {
        given().when().get(managementReadiness)
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/health", "/q/health/live", "/q/health/ready"})
    void publicHealthSaysUpAndNothingMore(String path) {
        given().when().get(path)
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks", nullValue());
    }

    @Test
    void publicPortHasNoMetrics() {
        given().when().get("/q/metrics").then().statusCode(404);
    }

    /**
     * An offered token that does not authenticate is 401 even where no token is needed (the service's public operation
     * and its OpenAPI document), as at the gateway; without a token both answer 200.
     */
    @ParameterizedTest
    @ValueSource(strings = {"forged", "expired", "other-issuer", "other-audience", "garbage", "basic"})
    void invalidTokenOnAPublicPathIs401(String kind) {
        for (String path : new String[] {publicPath(), apiPrefix() + "/openapi"}) {
            given().when().get(path).then().statusCode(200);
            invalidToken(kind).when().get(path)
                    .then().statusCode(401).contentType(PROBLEM)
                    .header("WWW-Authenticate", containsString("Bearer"))
                    .body("status", equalTo(401))
                    .body("type", equalTo("https://tip.oas.org/problems/unauthorized"));
        }
    }

    private static RequestSpecification invalidToken(String kind) {
        return switch (kind) {
            case "forged" -> given().auth().oauth2(TestTokens.forged());
            case "expired" -> given().auth().oauth2(TestTokens.expired());
            case "other-issuer" -> given().auth().oauth2(TestTokens.otherIssuer());
            case "other-audience" -> given().auth().oauth2(TestTokens.otherAudience());
            case "garbage" -> given().auth().oauth2("not-a-jwt-at-all");
            default -> given().header("Authorization", "Basic YWRtaW46ZGVtbw==");
        };
    }

    @Test
    void unknownPathIsProblemJson() {
        given().when().get(apiPrefix() + "/no-such-thing")
                .then().statusCode(404).contentType(PROBLEM)
                .body("status", equalTo(404)).body("title", notNullValue());
    }

    @Test
    void malformedJsonIsProblemJson() {
        ProtectedCall call = protectedCall();
        send(given().auth().oauth2(call.allowedToken()).header("If-Match", "\"0\"")
                .contentType("application/json").body("{\"broken\": "), call)
                .then().statusCode(400).contentType(PROBLEM).body("status", equalTo(400));
    }

    @Test
    void withoutTokenIs401() {
        ProtectedCall call = protectedCall();
        send(given().contentType("application/json").body(call.validBody()), call)
                .then().statusCode(401).contentType(PROBLEM).header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void tokenForAnotherAudienceIs401() {
        ProtectedCall call = protectedCall();
        send(given().auth().oauth2(TestTokens.otherAudience()).contentType("application/json").body(call.validBody()), call)
                .then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void expiredTokenIs401() {
        ProtectedCall call = protectedCall();
        send(given().auth().oauth2(TestTokens.expired()).contentType("application/json").body(call.validBody()), call)
                .then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void wrongRoleIs403() {
        ProtectedCall call = protectedCall();
        send(given().auth().oauth2(call.forbiddenToken()).header("If-Match", "\"0\"")
                .contentType("application/json").body(call.validBody()), call)
                .then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void metricsArePrometheus() {
        given().when().get(managementMetrics).then().statusCode(200).body(containsString("http_server_requests"));
    }

    /**
     * The served OpenAPI document must equal the one committed in src/main/openapi, so every API change shows in
     * review. After an intended change, run the build once with -Dopenapi.accept=true to rewrite the committed file.
     */
    @Test
    void servedOpenApiIsTheCommittedOne() throws IOException {
        String served = given().when().get(apiPrefix() + "/openapi").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("openapi.accept")) {
            Files.createDirectories(COMMITTED_OPENAPI.getParent());
            Files.writeString(COMMITTED_OPENAPI, served);
        }
        String committed = Files.exists(COMMITTED_OPENAPI) ? Files.readString(COMMITTED_OPENAPI) : "(no committed document)";
        assertEquals(committed, served, "The API changed. Review it, then accept it with -Dopenapi.accept=true");
    }

    /**
     * The breaking-change gate ({@link ContractGate}): the committed document keeps every promise of the released one,
     * or its version is bumped and the service's CHANGELOG.md says what broke.
     */
    @Test
    void committedDocumentKeepsTheReleasedContract() throws IOException {
        java.util.List<String> wrong = ContractGate.check(RELEASED_OPENAPI, COMMITTED_OPENAPI, Path.of("CHANGELOG.md"));
        assertEquals(java.util.List.of(), wrong, String.join("\n", wrong));
    }

    /**
     * The committed document passes Spectral with the project's ruleset ({@code .spectral.yaml} at the repository root)
     * without an error; warnings are printed with their count.
     */
    @Test
    void committedDocumentPassesTheProjectRuleset() throws Exception {
        SpectralLint.Result result = SpectralLint.lint(COMMITTED_OPENAPI, Path.of("..", ".spectral.yaml"));
        System.out.printf("Spectral %s on %s: %d errors, %d warnings%n%s%n", SpectralLint.VERSION, COMMITTED_OPENAPI.toAbsolutePath().normalize(),
                result.errors().size(), result.warnings().size(),
                String.join("\n", result.warnings().stream().map(w -> "  warning " + w).toList()));
        assertEquals(java.util.List.of(), result.errors(), "Spectral errors in the committed OpenAPI document");
    }

    private static io.restassured.response.Response send(RequestSpecification request, ProtectedCall call) {
        return request.when().request(call.method(), call.path());
    }
}
