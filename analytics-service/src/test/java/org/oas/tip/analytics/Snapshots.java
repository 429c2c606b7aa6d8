package org.oas.tip.analytics;

import io.restassured.path.json.JsonPath;
import org.oas.tip.testing.TestTokens;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/** Takes snapshots of the stub's cycle through the API and waits for their jobs, for the tests that need one. */
final class Snapshots {

    static final String API = "/api/analytics/v1";

    private Snapshots() {
    }

    /** A snapshot of the stub's cycle 2015-2018, taken by an analyst; fails the test unless the job ends DONE. */
    static long take() {
        return take("2015-2018");
    }

    /** A snapshot of one of the stub's cycles, taken by an analyst; fails the test unless the job ends DONE. */
    static long take(String cycle) {
        String location = given().auth().oauth2(TestTokens.analyst()).when().post(API + "/cycles/" + cycle + "/snapshots")
                .then().statusCode(202).extract().header("Location");
        JsonPath job = awaitEnd(location);
        assertEquals("DONE", job.getString("status"), () -> "job: " + job.prettify());
        return job.getLong("snapshotId");
    }

    /** Polls a job until DONE or FAILED, for at most 30 s. */
    static JsonPath awaitEnd(String location) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            JsonPath job = given().auth().oauth2(TestTokens.analyst()).when().get(location)
                    .then().statusCode(200).extract().jsonPath();
            String status = job.getString("status");
            if ("DONE".equals(status) || "FAILED".equals(status)) {
                return job;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        }
        throw new AssertionError("job " + location + " did not end in 30 s");
    }
}
