package org.oas.tip.analytics;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oas.tip.testing.PostgresTestResource;
import org.oas.tip.testing.TestTokens;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The past is fixed: a second snapshot of 2015-2018, taken after the registry served changes not attributed to it
 * ({@link SourceStub} revision 2: other current versions, a plan of another cycle, desk research), gives exactly the
 * figures of the first, because every instrument read of a snapshot asks for what its cycle established.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(SourceStub.class)
class PastCycleTest {

    private static final String API = Snapshots.API;

    @BeforeEach
    void originalData() {
        revise(0);
        SourceStub.forgetQueries();
    }

    @AfterEach
    void backToTheOriginal() {
        revise(0);
    }

    @Test
    void aNewSnapshotOfAPastCycleGivesExactlyTheFiguresOfTheFirstAfterWritesNotAttributedToIt() {
        long first = Snapshots.take(SourceStub.CYCLE);
        revise(2);
        long second = Snapshots.take(SourceStub.CYCLE);
        assertNotEquals(first, second);

        List<Map<String, Object>> before = figures(first);
        List<Map<String, Object>> after = figures(second);
        assertEquals(50, before.size());
        // values, numerators, denominators, percentages, buckets with their countries, record and answer ids, statistics, notes
        assertEquals(before, after);
        assertEquals(content(first, "content.instruments"), content(second, "content.instruments"));
        assertEquals(content(first, "content.respondents"), content(second, "content.respondents"));

        List<String> reads = SourceStub.instrumentQueries();
        assertFalse(reads.isEmpty());
        assertTrue(reads.stream().allMatch(q -> q.contains("cycle=" + SourceStub.CYCLE)), () -> "instrument reads: " + reads);
    }

    /** The changes of revision 2 are real: another cycle's snapshot sees its own plan, the registry's current view more. */
    @Test
    void theChangesNotAttributedToThePastCycleReachTheCycleTheyBelongTo() {
        revise(2);
        long other = Snapshots.take(SourceStub.CYCLE2);
        given().auth().oauth2(TestTokens.analyst()).when().get(API + "/snapshots/" + other)
                .then().statusCode(200).body("content.instruments.id", contains(11));
        // (a 2015-2018 job another test started without waiting may still read: every read is filtered by a cycle)
        List<String> reads = SourceStub.instrumentQueries();
        assertTrue(reads.stream().anyMatch(q -> q.contains("cycle=" + SourceStub.CYCLE2)), () -> "instrument reads: " + reads);
        assertTrue(reads.stream().allMatch(q -> q.contains("cycle=")), () -> "instrument reads: " + reads);
    }

    /** A result without the snapshot it was read from: what must be equal between two snapshots of one past cycle. */
    private static List<Map<String, Object>> figures(long snapshot) {
        List<Map<String, Object>> results = given().auth().oauth2(TestTokens.analyst()).when()
                .get(API + "/snapshots/" + snapshot + "/indicators").then().statusCode(200).extract().jsonPath().getList("$");
        results.forEach(r -> {
            r.remove("snapshotId");
            r.remove("takenAt");
        });
        return results;
    }

    private static Object content(long snapshot, String path) {
        return given().auth().oauth2(TestTokens.analyst()).when().get(API + "/snapshots/" + snapshot).then().statusCode(200)
                .extract().jsonPath().get(path);
    }

    private static void revise(int revision) {
        String stub = ConfigProvider.getConfig().getValue("source-stub.url", String.class);
        given().when().post(stub + "/stub/revision?to=" + revision).then().statusCode(204);
    }
}
