package org.oas.tip.analytics;

import org.oas.tip.testing.TestTokens;

import java.util.Map;

import static io.restassured.RestAssured.given;

/** Creates reports through the API and moves them on, for the tests that need one in a given status. */
final class Reports {

    static final String REPORTS = Snapshots.API + "/reports";

    private Reports() {
    }

    /** A new DRAFT report of the snapshot. */
    static long draft(long snapshotId) {
        return given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(Map.of("snapshotId", snapshotId, "title", "Progress report (test)"))
                .when().post(REPORTS).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A report of the snapshot moved on to {@code status} (COUNTRY_REVIEW or FINAL). */
    static long in(long snapshotId, String status) {
        long id = draft(snapshotId);
        move(id, "COUNTRY_REVIEW");
        if ("FINAL".equals(status)) {
            move(id, "FINAL");
        }
        return id;
    }

    static void move(long id, String status) {
        given().auth().oauth2(TestTokens.admin()).header("If-Match", etag(id)).contentType("application/json")
                .body(Map.of("status", status)).when().put(REPORTS + "/" + id + "/status").then().statusCode(200);
    }

    static String etag(long id) {
        return given().auth().oauth2(TestTokens.admin()).when().get(REPORTS + "/" + id).then().statusCode(200)
                .extract().header("ETag");
    }
}
