package org.oas.tip.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.vertx.core.json.JsonObject;

import org.oas.tip.gateway.lastcalls.LastCallsReporter;
import org.oas.tip.gateway.support.LastCallReports;
import org.oas.tip.gateway.support.StubBackends;
import org.oas.tip.gateway.support.Stubs;
import org.oas.tip.gateway.support.Tokens;

/**
 * Who called through the gateway, and when, reaches the registry: one report with every caller's latest call, made
 * with the gateway's own token, kept and sent again when the registry fails, and nothing for anonymous or refused
 * calls. The reports are triggered by the test (the interval is an hour here; LastCallsScheduleTest waits for one).
 */
@QuarkusTest
@TestProfile(LastCallsTest.Profile.class)
@WithTestResource(StubBackends.class)
@WithTestResource(OidcWiremockTestResource.class)
class LastCallsTest {

    /** Last calls recorded, reported only when the test asks. */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("%test.tip.gateway.last-calls.enabled", "true",
                    "%test.tip.gateway.last-calls.flush-interval", "1h");
        }
    }

    static final String MEXICO_TOOL = Tokens.valid("tool-mex", "sa-tool-mex", "service-account-tool-mex");
    static final String BOB = Tokens.valid("tip-swagger-ui", "u-bob", "bob");

    @OidcWireMock
    WireMockServer identityProvider;

    @Inject
    LastCallsReporter reporter;

    @BeforeEach
    void reportWhatEarlierTestsLeftThenClear() throws Exception {
        LastCallReports.issueGatewayToken(identityProvider);
        Stubs.clear();
        report();
        Stubs.clear();
    }

    @Test
    void callsOfTwoClientsReachTheRegistryInOneReportWithTheLatestTimesAndTheGatewaysToken() throws Exception {
        Instant start = now();
        given().auth().oauth2(MEXICO_TOOL).get("/api/registry/v1/countries").then().statusCode(200);
        given().auth().oauth2(BOB).get("/api/questionnaire/v1/reports").then().statusCode(200);
        Instant beforeLastCall = later();
        given().auth().oauth2(MEXICO_TOOL).get("/api/analytics/v1/indicators").then().statusCode(200);
        Instant end = now();

        assertThat(report(), equalTo(2));

        List<Map<String, Object>> reports = LastCallReports.received();
        assertThat(reports, hasSize(1));
        Map<String, Object> sent = reports.get(0);
        assertThat(sent.get("method"), equalTo("POST"));
        assertThat(LastCallReports.header(sent, "authorization"), equalTo("Bearer " + LastCallReports.GATEWAY_TOKEN));
        assertThat(LastCallReports.header(sent, "content-type"), startsWith("application/json"));
        assertThat(LastCallReports.body(sent).getJsonArray("calls").size(), equalTo(2));

        JsonObject mexico = LastCallReports.entry(sent, "sa-tool-mex").orElseThrow();
        assertThat(mexico.getString("clientId"), equalTo("tool-mex"));
        assertThat(mexico.getString("username"), equalTo("service-account-tool-mex"));
        assertBetween(mexico, beforeLastCall, end);

        JsonObject bob = LastCallReports.entry(sent, "u-bob").orElseThrow();
        assertThat(bob.getString("clientId"), equalTo("tip-swagger-ui"));
        assertThat(bob.getString("username"), equalTo("bob"));
        assertBetween(bob, start, beforeLastCall);

        // nothing new: no second report
        assertThat(report(), equalTo(0));
        assertThat(LastCallReports.received(), hasSize(1));
    }

    @Test
    void aTokenWithoutUsernameIsReportedWithANullUsername() throws Exception {
        given().auth().oauth2(Tokens.valid("tool-usa", "sa-tool-usa", null)).get("/api/registry/v1/countries")
                .then().statusCode(200);

        assertThat(report(), equalTo(1));
        JsonObject usa = LastCallReports.entry(LastCallReports.received().get(0), "sa-tool-usa").orElseThrow();
        assertThat(usa.getString("clientId"), equalTo("tool-usa"));
        assertTrue(usa.containsKey("username"), "username is sent, as null");
        assertThat(usa.getValue("username"), nullValue());
    }

    @Test
    void aFailingRegistryKeepsTheCallsForTheNextReportWithoutLosingANewerTime() throws Exception {
        Stubs.answerLastCallsWith(503);
        Instant start = now();
        given().auth().oauth2(BOB).get("/api/questionnaire/v1/reports").then().statusCode(200);
        given().auth().oauth2(MEXICO_TOOL).get("/api/registry/v1/countries").then().statusCode(200);
        Instant failedAt = later();

        assertThrows(ExecutionException.class, this::report);
        assertThat(LastCallReports.received(), hasSize(1));

        // Mexico's tool calls again while its earlier call waits to be reported
        Instant beforeRetry = later();
        given().auth().oauth2(MEXICO_TOOL).get("/api/registry/v1/countries").then().statusCode(200);
        Instant end = now();
        Stubs.answerLastCallsWith(204);

        assertThat(report(), equalTo(2));
        List<Map<String, Object>> reports = LastCallReports.received();
        assertThat(reports, hasSize(2));
        Map<String, Object> retried = reports.get(1);
        assertThat(LastCallReports.body(retried).getJsonArray("calls").size(), equalTo(2));
        assertBetween(LastCallReports.entry(retried, "u-bob").orElseThrow(), start, failedAt);
        assertBetween(LastCallReports.entry(retried, "sa-tool-mex").orElseThrow(), beforeRetry, end);
    }

    @Test
    void anonymousCallsRefusedTokensAndUnroutedPathsRecordNothing() throws Exception {
        given().get("/api/registry/v1/countries").then().statusCode(200);
        for (String refused : List.of("not-a-jwt", Tokens.expired(), Tokens.signedByOtherKey(), Tokens.fromOtherIssuer(),
                Tokens.forOtherAudience())) {
            given().auth().oauth2(refused).get("/api/registry/v1/countries").then().statusCode(401);
        }
        given().header("Authorization", "Basic YWRtaW46ZGVtbw==").get("/api/registry/v1/countries").then().statusCode(401);
        // a valid token on a path that leads to no service
        given().auth().oauth2(MEXICO_TOOL).get("/api/unknown/v1/things").then().statusCode(404);

        assertThat(report(), equalTo(0));
        assertThat(LastCallReports.received(), empty());
    }

    private int report() throws Exception {
        return reporter.report().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /** The current time, a few milliseconds after the calls made so far, so that the next call is recorded later. */
    private static Instant later() throws InterruptedException {
        Thread.sleep(5);
        Instant at = now();
        Thread.sleep(5);
        return at;
    }

    private static void assertBetween(JsonObject entry, Instant from, Instant to) {
        Instant at = Instant.parse(entry.getString("at"));
        assertThat(entry.getString("subject") + " at", at, greaterThanOrEqualTo(from));
        assertThat(entry.getString("subject") + " at", at, lessThanOrEqualTo(to));
    }
}
