package org.oas.tip.analytics;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oas.tip.analytics.repository.SnapshotRepository;
import org.oas.tip.testing.PostgresTestResource;
import org.oas.tip.testing.TestTokens;

import java.time.Instant;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.oas.tip.analytics.Reports.REPORTS;

/**
 * Records the secretariat attaches to a cycle or corrects in it, and amendments of its answers: taken, listed in the
 * snapshot's scope and in the data notes of its reports ({@link SourceStub} revision 3). By hand: ARG's law 1 is an
 * amendment (revision 2), MEX's law 2 corrected from revision 1 to 2 (now a comprehensive law), ARG's plan 12 and URY's
 * plan 13 attached; by reason REPORTED 2 (laws 1 and 3), CORRECTED 1, ATTACHED 2; D.legal_path places ARG and MEX under a
 * comprehensive law.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(SourceStub.class)
class SnapshotAdjustmentsTest {

    private static final String API = Snapshots.API;

    @Inject
    SnapshotRepository snapshots;

    @AfterEach
    void backToTheOriginal() {
        revise(0);
    }

    @Test
    void attachmentsCorrectionsAndAmendmentsAreTakenAndListedInTheScope() {
        revise(3);
        long id = Snapshots.take(SourceStub.CYCLE);
        String adjustment = "scope.adjustments.find { it.instrumentId == %d }";
        given().auth().oauth2(TestTokens.analyst()).when().get(API + "/snapshots/" + id)
                .then().statusCode(200)
                .body("content.instruments.id", contains(1, 2, 3, 12, 13))
                .body("content.instruments.find { it.id == 2 }.cycleEntry.previousRevision", equalTo(1))
                .body("content.instruments.find { it.id == 2 }.cycleEntry.reason", equalTo(SourceStub.CORRECTION_REASON))
                // what the analytics does not keep of the registry's entry
                .body("content.instruments.find { it.id == 2 }.cycleEntry", not(org.hamcrest.Matchers.hasKey("attachedBy")))
                .body("scope.instrumentsByReason", equalTo(Map.of("REPORTED", 2, "CORRECTED", 1, "ATTACHED", 2)))
                .body("scope.instrumentsByKind", equalTo(Map.of("LAW", 3, "PLAN", 2)))
                .body("scope.adjustments.instrumentId", contains(1, 12, 2, 13))
                .body(adjustment.formatted(1), equalTo(Map.of("instrumentId", 1, "country", "ARG", "kind", "LAW",
                        "why", "AMENDMENT", "revision", 2)))
                .body(adjustment.formatted(12) + ".why", equalTo("ATTACHED"))
                .body(adjustment.formatted(12) + ".revision", equalTo(1))
                .body(adjustment.formatted(12) + ".reason", equalTo(SourceStub.ATTACHMENT_REASON))
                .body(adjustment.formatted(2), equalTo(Map.of("instrumentId", 2, "country", "MEX", "kind", "LAW",
                        "why", "CORRECTED", "revision", 2, "previousRevision", 1, "reason", SourceStub.CORRECTION_REASON)))
                .body(adjustment.formatted(13) + ".country", equalTo("URY"))
                .body("scope.rule", containsString("attached to it or corrected in it"));
        // the figures read the corrected and attached versions
        given().auth().oauth2(TestTokens.analyst()).when().get(API + "/snapshots/" + id + "/indicators/D.legal_path")
                .then().statusCode(200)
                .body("buckets.find { it.key == 'COMPREHENSIVE_LAW' }.countries", contains("ARG", "MEX"))
                .body("buckets.find { it.key == 'COMPREHENSIVE_LAW' }.recordIds", contains(1, 2));
    }

    /**
     * The report's data notes list the respondents' adjustments (URY's attachment counts nowhere, so it is not listed); a
     * restricted record (MEX's law) shows as one, without its id or the reason, which may describe it.
     */
    @Test
    void theReportsDataNotesListTheAdjustments() {
        revise(3);
        long report = Reports.draft(Snapshots.take(SourceStub.CYCLE));
        String html = given().auth().oauth2(TestTokens.analyst()).accept("text/html").when().get(REPORTS + "/" + report)
                .then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertAll(
                () -> assertContains(html, "<a href=\"#data-notes\">Data notes</a>"),
                () -> assertContains(html, "Records adjusted after the cycle's answers"),
                () -> assertContains(html, "<p>3 records the figures count"),
                () -> assertContains(html, "<tr><td>Argentina</td><td>LAW</td><td>record 1</td>"
                        + "<td>an amendment of the cycle&#39;s answers (revision 2)</td><td></td></tr>"),
                () -> assertContains(html, "<tr><td>Argentina</td><td>PLAN</td><td>record 12</td>"
                        + "<td>attached to the cycle by the secretariat (revision 1)</td>"),
                () -> assertContains(html, "<tr><td>Mexico</td><td>LAW</td><td>a restricted record</td>"
                        + "<td>corrected by the secretariat: revision 2 instead of 1</td><td></td></tr>"),
                () -> assertContains(html, "the official gazette"),
                () -> org.junit.jupiter.api.Assertions.assertFalse(html.contains("the answer named the old text"), "MEX's reason"),
                () -> org.junit.jupiter.api.Assertions.assertFalse(html.contains(SourceStub.URY_REASON), "URY's reason"),
                // the printed report's notes stay beside them
                () -> assertContains(html, "contradicts itself"));
    }

    /** A cycle without a printed report has data notes only when there are adjustments to list. */
    @Test
    void aCycleWithoutAPrintedReportHasNoDataNotesWithoutAdjustments() {
        long report = Reports.draft(Snapshots.take(SourceStub.CYCLE2));
        given().auth().oauth2(TestTokens.analyst()).accept("text/html").when().get(REPORTS + "/" + report)
                .then().statusCode(200).body(not(containsString("data-notes")));
    }

    /** A snapshot stored before the registry said why a cycle holds an instrument reads as before: no adjustments. */
    @Test
    void anOldSnapshotWithoutCycleEntriesStillReads() {
        // the content as stored before: no cycleEntry, registryRead, referenceDate or raw answers
        String content = """
                {"cycle":"2015-2018","takenAt":"2025-01-15T10:00:00Z",
                 "instruments":[{"id":1,"country":"ARG","kind":"LAW","title":"Law 1","yearStart":2008,
                                 "law":{"legalPath":"COMPREHENSIVE_LAW"},"confidentiality":"PUBLIC"},
                                {"id":2,"country":"MEX","kind":"LAW","title":"Law 2","yearStart":2012,
                                 "law":{"legalPath":"CRIMINAL_CODE"},"confidentiality":"RESTRICTED","status":"IN_FORCE"}],
                 "codedAnswers":[],"respondents":["ARG","MEX"],"countryNames":{"ARG":"Argentina","MEX":"Mexico"},
                 "detectedVictims":[],"populations":[]}""";
        long id = QuarkusTransaction.requiringNew().call(() -> {
            StoredSnapshot s = new StoredSnapshot();
            s.cycle = "2015-2018";
            s.takenAt = Instant.parse("2025-01-15T10:00:00Z");
            s.content = content;
            s.instrumentCount = 2;
            snapshots.persist(s);
            return s.id;
        });
        given().auth().oauth2(TestTokens.analyst()).when().get(API + "/snapshots/" + id)
                .then().statusCode(200)
                .body("content.instruments.id", contains(1, 2))
                .body("content.instruments.cycleEntry", contains(nullValue(), nullValue()))
                .body("scope.instrumentsByReason", equalTo(Map.of("UNRECORDED", 2)))
                .body("scope.adjustments", empty())
                .body("scope.instrumentsByKind.LAW", equalTo(2))
                .body("scope.registryRead", nullValue());
        long report = Reports.draft(id);
        given().auth().oauth2(TestTokens.analyst()).accept("text/html").when().get(REPORTS + "/" + report)
                .then().statusCode(200).body(not(containsString("Records adjusted")));
    }

    private static void assertContains(String html, String part) {
        org.junit.jupiter.api.Assertions.assertTrue(html.contains(part), () -> "no «" + part + "» in the report's data notes: "
                + html.substring(Math.max(0, html.indexOf("id=\"data-notes\""))));
    }

    private static void revise(int revision) {
        String stub = ConfigProvider.getConfig().getValue("source-stub.url", String.class);
        given().when().post(stub + "/stub/revision?to=" + revision).then().statusCode(204);
    }
}
