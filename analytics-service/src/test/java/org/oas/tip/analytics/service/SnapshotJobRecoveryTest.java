package org.oas.tip.analytics.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.oas.tip.analytics.SnapshotJob;
import org.oas.tip.analytics.repository.SnapshotJobRepository;
import org.oas.tip.testing.PostgresTestResource;
import org.oas.tip.testing.TestTokens;

import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * A job left QUEUED or RUNNING by a stop or crash is reported FAILED with the reason once the service starts again; a
 * job's page count never undoes its end.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class SnapshotJobRecoveryTest {

    @Inject
    SnapshotJobService service;

    @Inject
    SnapshotJobRepository jobs;

    @Test
    void jobsCutOffByARestartEndFailedWithTheReason() {
        long running = orphan(SnapshotJob.Status.RUNNING);
        long queued = orphan(SnapshotJob.Status.QUEUED);
        service.recover(null); // what the start-up event does
        for (long id : new long[] {running, queued}) {
            given().auth().oauth2(TestTokens.analyst()).when().get("/api/analytics/v1/snapshot-jobs/" + id)
                    .then().statusCode(200).body("status", equalTo("FAILED"))
                    .body("error", containsString("the service stopped while the job ran")).body("finishedAt", notNullValue());
        }
    }

    /**
     * A page count that arrives once the job has ended (a stream still reading when another failed) counts nothing and
     * leaves the job as it ended: it used to write back the whole job as it was read, RUNNING, and the job never ended.
     */
    @Test
    void aPageCountAfterTheEndLeavesTheJobAsItEnded() {
        long id = orphan(SnapshotJob.Status.RUNNING);
        QuarkusTransaction.requiringNew().run(() -> jobs.countPages(id, 3));
        service.recover(null);
        QuarkusTransaction.requiringNew().run(() -> jobs.countPages(id, 7));
        given().auth().oauth2(TestTokens.analyst()).when().get("/api/analytics/v1/snapshot-jobs/" + id)
                .then().statusCode(200).body("status", equalTo("FAILED")).body("pagesFetched", equalTo(3))
                .body("finishedAt", notNullValue());
    }

    private long orphan(SnapshotJob.Status status) {
        return QuarkusTransaction.requiringNew().call(() -> {
            SnapshotJob j = new SnapshotJob();
            j.cycle = "2015-2018";
            j.status = status;
            j.createdAt = Instant.now();
            jobs.persist(j);
            return j.id;
        });
    }
}
