package org.oas.tip.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import org.oas.tip.gateway.support.LastCallReports;
import org.oas.tip.gateway.support.StubBackends;
import org.oas.tip.gateway.support.Stubs;
import org.oas.tip.gateway.support.Tokens;

/** The gateway reports last calls on its own, every flush interval, and retries by itself after a failure. */
@QuarkusTest
@TestProfile(LastCallsScheduleTest.Profile.class)
@WithTestResource(StubBackends.class)
@WithTestResource(OidcWiremockTestResource.class)
class LastCallsScheduleTest {

    /** A report every 500 ms. */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("%test.tip.gateway.last-calls.enabled", "true",
                    "%test.tip.gateway.last-calls.flush-interval", "500ms");
        }
    }

    @OidcWireMock
    WireMockServer identityProvider;

    @BeforeEach
    void issueToken() {
        LastCallReports.issueGatewayToken(identityProvider);
        Stubs.clear();
    }

    @Test
    void callsAreReportedEveryIntervalAndAfterAFailureAtTheNextOne() {
        Stubs.answerLastCallsWith(500);
        given().auth().oauth2(Tokens.valid("tool-arg", "sa-tool-arg", "service-account-tool-arg"))
                .get("/api/registry/v1/countries").then().statusCode(200);

        // refused, then offered again at the next report
        await().atMost(Duration.ofSeconds(10)).until(() -> LastCallReports.received().size() >= 2);
        Stubs.answerLastCallsWith(204);

        // once the registry takes them, the reports stop (no one called since): no new report for over two intervals
        AtomicInteger seen = new AtomicInteger(-1);
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(1200))
                .until(() -> {
                    int now = LastCallReports.received().size();
                    return now == seen.getAndSet(now);
                });
        List<Map<String, Object>> reports = LastCallReports.received();
        assertThat(reports.size(), greaterThanOrEqualTo(3));
        for (Map<String, Object> report : reports) {
            assertThat(LastCallReports.body(report).getJsonArray("calls").size(), equalTo(1));
            assertThat(LastCallReports.entry(report, "sa-tool-arg").orElseThrow().getString("clientId"), equalTo("tool-arg"));
        }
    }
}
