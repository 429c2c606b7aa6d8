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

/** A job left QUEUED or RUNNING by a stop or crash is reported FAILED with the reason once the service starts again. */
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
