package org.oas.tip.analytics;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oas.tip.testing.PostgresTestResource;
import org.oas.tip.testing.TestCaller;
import org.oas.tip.testing.TestTokens;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.oas.tip.analytics.Reports.REPORTS;
import static org.oas.tip.analytics.Snapshots.API;

/**
 * Every endpoint of the analytics service against every kind of caller: anonymous, the focal point of ARG, a focal point
 * of another country (MEX), an analyst and the secretariat. Each cell is the status they get. Reports are read in each
 * status: a draft, one under country review, a final one.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(SourceStub.class)
class SecurityMatrixTest {

    private static long snapshot;
    private static long job;
    private static long draft;
    private static long review;
    private static long finalReport;

    @BeforeEach
    void data() {
        if (snapshot == 0) {
            snapshot = Snapshots.take();
            job = Long.parseLong(given().auth().oauth2(TestTokens.admin()).post(API + "/cycles/2015-2018/snapshots")
                    .then().statusCode(202).extract().header("Location").replaceAll(".*/", ""));
            draft = Reports.draft(snapshot);
            review = Reports.in(snapshot, "COUNTRY_REVIEW");
            finalReport = Reports.in(snapshot, "FINAL");
            given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                    .body(Map.of("population", 100_000, "source", "matrix")).put(API + "/populations/ATG/2001");
        }
    }

    private static final Map<String, Function<TestCaller, Integer>> ENDPOINTS = Map.ofEntries(
            Map.entry("populations", w -> w.request().get(API + "/populations").statusCode()),
            Map.entry("put population", w -> w.request().contentType("application/json")
                    .body(Map.of("population", 100_000, "source", "matrix")).put(API + "/populations/ATG/2001").statusCode()),
            Map.entry("catalogue", w -> w.request().get(API + "/indicators").statusCode()),
            Map.entry("take snapshot", w -> w.request().post(API + "/cycles/2015-2018/snapshots").statusCode()),
            Map.entry("job", w -> w.request().get(API + "/snapshot-jobs/" + job).statusCode()),
            Map.entry("snapshots", w -> w.request().get(API + "/snapshots").statusCode()),
            Map.entry("snapshot", w -> w.request().get(API + "/snapshots/" + snapshot).statusCode()),
            Map.entry("snapshot results", w -> w.request().get(API + "/snapshots/" + snapshot + "/indicators").statusCode()),
            Map.entry("snapshot result", w -> w.request().get(API + "/snapshots/" + snapshot + "/indicators/D.legal_path").statusCode()),
            Map.entry("snapshot csv", w -> w.request().accept("text/csv")
                    .get(API + "/snapshots/" + snapshot + "/indicators/D.legal_path").statusCode()),
            Map.entry("snapshot svg", w -> w.request().accept("image/svg+xml")
                    .get(API + "/snapshots/" + snapshot + "/indicators/D.legal_path").statusCode()),
            Map.entry("progress", w -> w.request().queryParam("since", snapshot)
                    .get(API + "/snapshots/" + snapshot + "/progress").statusCode()),
            Map.entry("data quality", w -> w.request().get(API + "/snapshots/" + snapshot + "/data-quality").statusCode()),
            Map.entry("snapshot sdg", w -> w.request().get(API + "/snapshots/" + snapshot + "/sdg-16-2-2").statusCode()),
            Map.entry("snapshot sdmx", w -> w.request().accept("text/csv").get(API + "/snapshots/" + snapshot + "/sdg-16-2-2").statusCode()),
            Map.entry("snapshot sdg csv", w -> w.request().get(API + "/snapshots/" + snapshot + "/sdg-16-2-2/observations.csv")
                    .statusCode()),
            Map.entry("reports", w -> w.request().get(REPORTS).statusCode()),
            Map.entry("create report", w -> w.request().contentType("application/json").body(Map.of("snapshotId", snapshot))
                    .post(REPORTS).statusCode()),
            Map.entry("draft", w -> w.request().get(REPORTS + "/" + draft).statusCode()),
            Map.entry("draft html", w -> w.request().accept("text/html").get(REPORTS + "/" + draft).statusCode()),
            Map.entry("draft figure", w -> w.request().get(REPORTS + "/" + draft + "/figures/D.legal_path").statusCode()),
            Map.entry("draft sdg", w -> w.request().get(REPORTS + "/" + draft + "/sdg-16-2-2").statusCode()),
            Map.entry("draft comments", w -> w.request().get(REPORTS + "/" + draft + "/comments").statusCode()),
            Map.entry("review", w -> w.request().get(REPORTS + "/" + review).statusCode()),
            Map.entry("review indicator", w -> w.request().get(REPORTS + "/" + review + "/indicators/D.legal_path").statusCode()),
            Map.entry("review comments", w -> w.request().get(REPORTS + "/" + review + "/comments").statusCode()),
            Map.entry("comment", w -> w.request().contentType("application/json").body(Map.of("section", "A", "text", "matrix"))
                    .post(REPORTS + "/" + review + "/comments").statusCode()),
            Map.entry("final", w -> w.request().get(REPORTS + "/" + finalReport).statusCode()),
            Map.entry("final html", w -> w.request().accept("text/html").get(REPORTS + "/" + finalReport).statusCode()),
            Map.entry("final indicator", w -> w.request().get(REPORTS + "/" + finalReport + "/indicators/D.legal_path").statusCode()),
            Map.entry("final csv", w -> w.request().accept("text/csv")
                    .get(REPORTS + "/" + finalReport + "/indicators/D.legal_path").statusCode()),
            Map.entry("final figure", w -> w.request().get(REPORTS + "/" + finalReport + "/figures/D.legal_path").statusCode()),
            Map.entry("final sdg", w -> w.request().get(REPORTS + "/" + finalReport + "/sdg-16-2-2").statusCode()),
            Map.entry("final sdmx", w -> w.request().accept("text/csv").get(REPORTS + "/" + finalReport + "/sdg-16-2-2").statusCode()),
            Map.entry("final sdg csv", w -> w.request().get(REPORTS + "/" + finalReport + "/sdg-16-2-2/observations.csv").statusCode()),
            Map.entry("draft sdg csv", w -> w.request().get(REPORTS + "/" + draft + "/sdg-16-2-2/observations.csv").statusCode()),
            Map.entry("final progress", w -> w.request().queryParam("since", finalReport)
                    .get(REPORTS + "/" + finalReport + "/progress").statusCode()),
            Map.entry("review progress", w -> w.request().queryParam("since", finalReport)
                    .get(REPORTS + "/" + review + "/progress").statusCode()),
            Map.entry("progress since draft", w -> w.request().queryParam("since", draft)
                    .get(REPORTS + "/" + finalReport + "/progress").statusCode()),
            Map.entry("move report", w -> {
                long fresh = Reports.draft(snapshot);
                return w.request().header("If-Match", Reports.etag(fresh)).contentType("application/json")
                        .body(Map.of("status", "COUNTRY_REVIEW")).put(REPORTS + "/" + fresh + "/status").statusCode();
            }));

    /** endpoint, then the status for ANONYMOUS, FOCAL_OWN, FOCAL_OTHER, ANALYST, ADMIN. */
    static Stream<Arguments> matrix() {
        Object[][] rows = {
                {"populations", 401, 403, 403, 200, 200},
                {"put population", 401, 403, 403, 403, 200},
                {"catalogue", 200, 200, 200, 200, 200},
                {"take snapshot", 401, 403, 403, 202, 202},
                {"job", 401, 403, 403, 200, 200},
                {"snapshots", 401, 403, 403, 200, 200},
                {"snapshot", 401, 403, 403, 200, 200},
                {"snapshot results", 401, 403, 403, 200, 200},
                {"snapshot result", 401, 403, 403, 200, 200},
                {"snapshot csv", 401, 403, 403, 200, 200},
                {"snapshot svg", 401, 403, 403, 200, 200},
                {"progress", 401, 403, 403, 200, 200},
                {"data quality", 401, 403, 403, 200, 200},
                {"snapshot sdg", 401, 403, 403, 200, 200},
                {"snapshot sdmx", 401, 403, 403, 200, 200},
                {"snapshot sdg csv", 401, 403, 403, 200, 200},
                {"reports", 200, 200, 200, 200, 200},
                {"create report", 401, 403, 403, 403, 201},
                {"draft", 404, 404, 404, 200, 200},
                {"draft html", 404, 404, 404, 200, 200},
                {"draft figure", 404, 404, 404, 200, 200},
                {"draft sdg", 404, 404, 404, 200, 200},
                {"draft comments", 401, 404, 404, 200, 200},
                {"review", 404, 200, 200, 200, 200},
                {"review indicator", 404, 200, 200, 200, 200},
                {"review comments", 401, 200, 200, 200, 200},
                {"comment", 401, 201, 201, 403, 403},
                {"final", 200, 200, 200, 200, 200},
                {"final html", 200, 200, 200, 200, 200},
                {"final indicator", 200, 200, 200, 200, 200},
                {"final csv", 200, 200, 200, 200, 200},
                {"final figure", 200, 200, 200, 200, 200},
                {"final sdg", 200, 200, 200, 200, 200},
                {"final sdmx", 200, 200, 200, 200, 200},
                {"final sdg csv", 200, 200, 200, 200, 200},
                {"draft sdg csv", 404, 404, 404, 200, 200},
                {"final progress", 200, 200, 200, 200, 200},
                {"review progress", 404, 404, 404, 200, 200},
                {"progress since draft", 404, 404, 404, 200, 200},
                {"move report", 401, 403, 403, 403, 200},
        };
        assertEquals(ENDPOINTS.size(), rows.length, "every endpoint has a row");
        return Stream.of(rows).flatMap(row -> Stream.of(TestCaller.values())
                .map(caller -> Arguments.of(row[0], caller, row[caller.ordinal() + 1])));
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("matrix")
    void cell(String endpoint, TestCaller caller, int expected) {
        assertEquals(expected, ENDPOINTS.get(endpoint).apply(caller), endpoint + " as " + caller);
    }
}
