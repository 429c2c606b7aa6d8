package org.oas.tip.analytics;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.oas.tip.testing.PostgresTestResource;
import org.oas.tip.testing.hostile.HostileCampaign;
import org.oas.tip.testing.hostile.OwnDatabaseProfile;

import javax.sql.DataSource;
import java.util.List;

/**
 * Every operation of the analytics service's committed OpenAPI document under generated hostile input (issue 12): no
 * 5xx, problem+json on every 4xx, nothing stored from a refused request, nothing accepted that must be refused. Runs on
 * a database of its own, with a snapshot of the stub's cycle, a report in country review and a draft.
 */
@QuarkusTest
@TestProfile(OwnDatabaseProfile.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(SourceStub.class)
class HostileCampaignTest {

    private static final String API = "/api/analytics/v1";

    @Inject
    DataSource dataSource;

    @TestFactory
    List<DynamicTest> hostileInputIsRefusedCleanly() throws Exception {
        long snapshot = Snapshots.take();
        long review = Reports.in(snapshot, "COUNTRY_REVIEW");
        long draft = Reports.draft(snapshot);
        return HostileCampaign.of("analytics-service", dataSource)
                .pathValue("cycle", "2015-2018").pathValue("country", "URY").pathValue("year", "2017")
                .pathValue("code", "E.dedicated_line")
                .pathValue(API + "/snapshots/{id}", "id", String.valueOf(snapshot))
                .pathValue(API + "/snapshot-jobs/{id}", "id", "1")
                .pathValue(API + "/reports/{id}", "id", String.valueOf(review))
                .pathValue(API + "/reports/{id}/status", "id", String.valueOf(draft))
                .body("PUT " + API + "/populations/{country}/{year}", "{\"population\":3436641,\"source\":\"campaign\"}")
                .body("POST " + API + "/reports", "{\"snapshotId\": " + snapshot + "}")
                .body("PUT " + API + "/reports/{id}/status", "{\"status\": \"COUNTRY_REVIEW\"}")
                .body("POST " + API + "/reports/{id}/comments", "{\"section\": \"E\", \"text\": \"Line 145 is multilingual.\"}")
                .tests();
    }
}
