package org.oas.tip.registry;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.oas.tip.testing.PostgresTestResource;
import org.oas.tip.testing.TestTokens;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.oas.tip.registry.InstrumentData.INSTRUMENTS;

/**
 * A complete response of 100 instruments is one call: created, then a later cycle updates them all. The target is a
 * p95 well under 300 ms on a quiet machine (measured in bench/); the bound here only catches a per-entry query creeping in.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class CyclePublicationLoadTest {

    private static final int ENTRIES = 100;

    @Test
    void aHundredEntriesInOneCall() {
        String m = InstrumentData.marker();
        String cycle = "load-" + m;
        PublicationData creations = PublicationData.of(cycle + "/GTM/1", cycle, "GTM", 10);
        for (int n = 0; n < ENTRIES; n++) {
            creations.create("E.channels[" + n + "]", InstrumentData.hotline("GTM", m + " línea " + n, "1" + (500 + n), "FREE").body());
        }
        creations.post(TestTokens.publisher()).statusCode(200).body("results", hasSize(ENTRIES));
        var ids = given().queryParam("q", m).queryParam("limit", 500).get(INSTRUMENTS).then().extract().jsonPath().getList("items.id", Long.class);
        String next = "load2-" + m;
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            PublicationData updates = PublicationData.of(next + "/GTM/" + round, next, "GTM", 20);
            for (int n = 0; n < ids.size(); n++) {
                updates.update("E.channels[" + n + "]", ids.get(n), 1 + round, Map.of("channel", Map.of("topic", "round " + round)));
            }
            long start = System.nanoTime();
            updates.post(TestTokens.publisher()).statusCode(200).body("results.outcome", everyItem(equalTo("UPDATED")));
            best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
        }
        System.out.println("100-entry cycle publication (updates), best of 3: " + best + " ms");
        assertTrue(best < 1500, "a 100-entry publication took " + best + " ms");
    }
}
