package org.oas.tip.analytics;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oas.tip.testing.PostgresTestResource;
import org.oas.tip.testing.TestTokens;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Snapshots of the stub's cycle (see {@link SourceStub}): taking one, reading its content and results, CSV, data quality,
 * immutability, refusals. By hand: the respondents are ARG and MEX; URY's rows are left out; D.legal_path places ARG
 * under a comprehensive law (record 1) and MEX under the criminal code (record 2), value 2 of 2.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(SourceStub.class)
class SnapshotResourceTest {

    private static final String API = "/api/analytics/v1";

    @BeforeEach
    void originalData() {
        revise(0);
    }

    @Test
    void aSnapshotIsTakenInTheBackgroundAndFrozen() {
        String location = given().auth().oauth2(TestTokens.analyst()).when().post(API + "/cycles/2015-2018/snapshots")
                .then().statusCode(202).header("Location", containsString("/api/analytics/v1/snapshot-jobs/"))
                .body("status", equalTo("QUEUED")).body("cycle", equalTo("2015-2018"))
                .extract().header("Location");
        JsonPath job = Snapshots.awaitEnd(location);
        assertEquals("DONE", job.getString("status"), () -> "job: " + job.prettify());
        assertEquals(7, job.getInt("pagesFetched"),
                "the cycle, coded answers, two pages of accepted answers (ARG, MEX), countries, and the instruments' two "
                        + "streams (a page for every 1000 read, and each stream's last part)");
        long id = job.getLong("snapshotId");

        given().auth().oauth2(TestTokens.admin()).when().get(API + "/snapshots/" + id)
                .then().statusCode(200)
                .body("cycle", equalTo("2015-2018")).body("instrumentCount", equalTo(3)).body("answerCount", equalTo(3))
                .body("takenAt", notNullValue())
                .body("content.instruments.id", contains(1, 2, 3))
                .body("content.codedAnswers.id", contains(101, 102, 103))
                .body("content.respondents", contains("ARG", "MEX"))
                .body("content.countryNames.URY", equalTo("Uruguay"))
                .body("content.referenceDate", equalTo(SourceStub.REFERENCE_DATE))
                .body("rawAnswerCount", equalTo(0))
                .body("content.instruments[0].cycleEntry.action", equalTo("REPORTED"))
                .body("content.instruments[0].cycleEntry.origin", equalTo("BASELINE"))
                .body("content.instruments[0].cycleEntry.revision", equalTo(1))
                .body("scope.rule", equalTo("instruments the cycle reported or confirmed, in the version it established, "
                        + "amendments of its answers included, and those the secretariat attached to it or corrected in it, "
                        + "each of these listed in adjustments; accepted answers of its respondents, analysts' codes "
                        + "overriding raw answers"))
                .body("scope.registryRead", equalTo("cycle=2015-2018"))
                .body("scope.referenceDate", equalTo("2018-12-31")).body("scope.referenceDateSource", equalTo("CYCLE"))
                .body("scope.respondents", contains("ARG", "MEX"))
                .body("scope.instrumentsByKind.LAW", equalTo(3)).body("scope.instrumentCount", equalTo(3))
                .body("scope.instrumentsByReason", equalTo(java.util.Map.of("REPORTED", 3)))
                .body("scope.adjustments", org.hamcrest.Matchers.empty())
                .body("scope.codedAnswerCount", equalTo(3)).body("scope.rawAnswerCount", equalTo(0));
        given().auth().oauth2(TestTokens.analyst()).queryParam("cycle", "2015-2018").when().get(API + "/snapshots")
                .then().statusCode(200).body("id", hasItem((int) id)).body("content", everyItem(nullValue()))
                .body("scope", everyItem(nullValue()));
    }

    /**
     * The accepted answers come from one paginated read, followed over its pages: the stub gives one country a page, so
     * MEX (and its coded answer's country) is a respondent only if the cursor after ARG was followed; no per-country read.
     */
    @Test
    void theAcceptedAnswersAreReadPageByPage() {
        SourceStub.forgetQueries();
        long id = Snapshots.take();
        given().auth().oauth2(TestTokens.analyst()).when().get(API + "/snapshots/" + id)
                .then().statusCode(200)
                .body("content.respondents", contains("ARG", "MEX"))
                // ARG's detected victims, on the first page
                .body("content.detectedVictims.count", hasItems(120, 30, 3));
        var reads = SourceStub.questionnaireReads().stream().filter(r -> r.contains("/cycles/2015-2018/")).toList();
        org.junit.jupiter.api.Assertions.assertTrue(reads.contains("/api/questionnaire/v1/cycles/2015-2018/accepted-answers?limit=50"),
                reads::toString);
        org.junit.jupiter.api.Assertions.assertTrue(reads.contains(
                "/api/questionnaire/v1/cycles/2015-2018/accepted-answers?limit=50&cursor=" + SourceStub.ARG_CURSOR), reads::toString);
        org.junit.jupiter.api.Assertions.assertTrue(reads.stream().noneMatch(r -> r.contains("/assignments")), reads::toString);
    }

    /**
     * A cycle's instruments come from the registry's JSON Lines export of the cycle, parsed as they arrive, in two streamed
     * reads at once over shares of the member states (the stub's three countries dealt in turn), and the snapshot holds
     * each instrument once, in id order.
     */
    @Test
    void aCyclesInstrumentsAreReadInTwoStreamsOverSharesOfTheCountries() {
        SourceStub.forgetQueries();
        long id = Snapshots.take();
        given().auth().oauth2(TestTokens.analyst()).when().get(API + "/snapshots/" + id)
                .then().statusCode(200).body("content.instruments.id", contains(1, 2, 3));
        assertEquals(List.of("cycle=2015-2018&country=ARG&country=URY", "cycle=2015-2018&country=MEX"),
                SourceStub.instrumentQueries().stream().sorted().toList());
    }

    /**
     * A read the registry breaks off (here after a whole line, which looks like a shorter list) fails the job, saying
     * the registry broke off; no snapshot is stored from the part read.
     */
    @Test
    void aReadTheRegistryBreaksOffFailsTheJob() {
        revise(4);
        String location = given().auth().oauth2(TestTokens.analyst()).when().post(API + "/cycles/2015-2018/snapshots")
                .then().statusCode(202).extract().header("Location");
        JsonPath job = Snapshots.awaitEnd(location);
        assertEquals("FAILED", job.getString("status"));
        org.hamcrest.MatcherAssert.assertThat(job.getString("error"), containsString("registry broke off its answer before the end"));
        org.hamcrest.MatcherAssert.assertThat(job.get("snapshotId"), equalTo(null));
    }

    /** Every read of the background job (the instruments' stream too) carries the request id of the call that started it. */
    @Test
    void theSnapshotsReadsCarryTheRequestIdOfTheCallThatStartedIt() {
        SourceStub.forgetQueries();
        String requestId = "trace-" + java.util.UUID.randomUUID();
        String location = given().auth().oauth2(TestTokens.analyst()).header("X-Request-Id", requestId)
                .when().post(API + "/cycles/2015-2018/snapshots").then().statusCode(202).extract().header("Location");
        assertEquals("DONE", Snapshots.awaitEnd(location).getString("status"));
        List<String> ids = SourceStub.requestIds();
        assertEquals(7, ids.size(), "every read of the job (the cycle, coded answers, two pages of accepted answers, "
                + "countries, the instruments' two streams): " + ids);
        assertEquals(List.of(requestId), ids.stream().distinct().toList(),
                "the background job passes the id of the call that started it to the registry and the questionnaire service");
    }

    @Test
    void inForceIsReadAtTheCyclesReferenceDateOrTheFallbackWhenItHasNone() {
        long id = Snapshots.take();
        given().auth().oauth2(TestTokens.analyst()).when().get(API + "/snapshots/" + id + "/indicators/B.plan_in_force")
                .then().statusCode(200).body("notes", contains("Reference year 2018, of the cycle's reference date 2018-12-31"));
        long second = Snapshots.take(SourceStub.CYCLE2);
        given().auth().oauth2(TestTokens.analyst()).when().get(API + "/snapshots/" + second)
                .then().statusCode(200).body("content.referenceDate", nullValue())
                .body("scope.registryRead", equalTo("cycle=2023-2026"))
                .body("scope.referenceDate", equalTo("2026-12-31")).body("scope.referenceDateSource", equalTo("CYCLE_NAME"))
                .body("scope.referenceDateNote", containsString("fallback"));
        given().auth().oauth2(TestTokens.analyst()).when().get(API + "/snapshots/" + second + "/indicators/B.plan_in_force")
                .then().statusCode(200).body("notes", contains(
                        "Reference year 2026, the last year of cycle 2023-2026 (fallback: the snapshot has no reference date)"));
    }

    @Test
    void anIndicatorGivesItsValueAndCountries() {
        long id = Snapshots.take();
        String takenAt = given().auth().oauth2(TestTokens.analyst()).when().get(API + "/snapshots/" + id)
                .then().extract().path("takenAt");
        given().auth().oauth2(TestTokens.analyst()).when().get(API + "/snapshots/" + id + "/indicators/D.legal_path")
                .then().statusCode(200)
                .body("snapshotId", equalTo((int) id)).body("takenAt", equalTo(takenAt))
                .body("code", equalTo("D.legal_path"))
                .body("value", equalTo(2)).body("numerator", equalTo(2)).body("denominator", equalTo(2))
                .body("buckets.find { it.key == 'COMPREHENSIVE_LAW' }.count", equalTo(1))
                .body("buckets.find { it.key == 'COMPREHENSIVE_LAW' }.countries", contains("ARG"))
                .body("buckets.find { it.key == 'COMPREHENSIVE_LAW' }.recordIds", contains(1))
                .body("buckets.find { it.key == 'CRIMINAL_CODE' }.countries", contains("MEX"))
                .body("buckets.find { it.key == 'CRIMINAL_CODE' }.recordIds", contains(2))
                .body("notes", hasItem(containsString("URY")));
        given().auth().oauth2(TestTokens.analyst()).when().get(API + "/snapshots/" + id + "/indicators")
                .then().statusCode(200)
                .body("code", hasItems("A.authority_model", "D.legal_path", "G.shelter_children"))
                .body("[0].code", equalTo("A.authority_model"))
                .body("snapshotId", everyItem(equalTo((int) id)))
                .body("find { it.code == 'D.investigation_strategies' }.buckets.find { it.key == 'PROACTIVE' }.answerIds",
                        contains(101));
    }

    @Test
    void aSecondComputationMakesANewSnapshotAndTheFirstStaysAsItWas() {
        long first = Snapshots.take();
        revise(1);
        long second = Snapshots.take();
        org.junit.jupiter.api.Assertions.assertNotEquals(first, second);
        given().auth().oauth2(TestTokens.analyst()).when().get(API + "/snapshots/" + second + "/indicators/D.legal_path")
                .then().statusCode(200)
                .body("buckets.find { it.key == 'COMPREHENSIVE_LAW' }.countries", contains("ARG", "MEX"))
                .body("buckets.find { it.key == 'CRIMINAL_CODE' }.count", equalTo(0));
        given().auth().oauth2(TestTokens.analyst()).when().get(API + "/snapshots/" + first + "/indicators/D.legal_path")
                .then().statusCode(200)
                .body("buckets.find { it.key == 'COMPREHENSIVE_LAW' }.countries", contains("ARG"))
                .body("buckets.find { it.key == 'CRIMINAL_CODE' }.countries", contains("MEX"));
        given().auth().oauth2(TestTokens.analyst()).when().get(API + "/snapshots/" + first)
                .then().statusCode(200).body("content.instruments.find { it.id == 2 }.law.legalPath", equalTo("CRIMINAL_CODE"));
    }

    @Test
    void progressNamesTheCountriesThatMovedBetweenTwoSnapshots() {
        long first = Snapshots.take();
        revise(1);
        long second = Snapshots.take();
        String legalPath = "changes.find { it.code == 'D.legal_path' }";
        given().auth().oauth2(TestTokens.analyst()).queryParam("since", first)
                .when().get(API + "/snapshots/" + second + "/progress")
                .then().statusCode(200)
                .body("snapshotId", equalTo((int) second)).body("since", equalTo((int) first))
                .body(legalPath + ".buckets.find { it.key == 'COMPREHENSIVE_LAW' }.countriesIn", contains("MEX"))
                .body(legalPath + ".buckets.find { it.key == 'COMPREHENSIVE_LAW' }.change", equalTo(1))
                .body(legalPath + ".buckets.find { it.key == 'CRIMINAL_CODE' }.countriesOut", contains("MEX"))
                .body("changes.code", everyItem(org.hamcrest.Matchers.not(equalTo("A.authority_model"))));
        given().auth().oauth2(TestTokens.analyst()).queryParam("since", first).queryParam("all", true)
                .when().get(API + "/snapshots/" + second + "/progress")
                .then().statusCode(200).body("changes.code", hasItem("A.authority_model"));
        given().auth().oauth2(TestTokens.analyst()).when().get(API + "/snapshots/" + second + "/progress")
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("since"));
        given().auth().oauth2(TestTokens.analyst()).queryParam("since", 987654).when().get(API + "/snapshots/" + second + "/progress")
                .then().statusCode(400).body("violations[0].field", equalTo("since"));
    }

    @Test
    void bucketsComeAsCsv() {
        long id = Snapshots.take();
        String csv = given().auth().oauth2(TestTokens.analyst()).accept("text/csv")
                .when().get(API + "/snapshots/" + id + "/indicators/D.legal_path")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        String[] lines = csv.split("\n");
        assertEquals("key,label,count,percentage,countries,recordIds,answerIds,answerRefs", lines[0]);
        assertLine(lines, "COMPREHENSIVE_LAW,Comprehensive law,1,");
        assertLine(lines, "CRIMINAL_CODE,Directly in the Criminal Code,1,");
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains(",MEX,2,"), csv);
    }

    @Test
    void dataQualityListsWhereDataAndPrintDisagree() {
        long id = Snapshots.take();
        given().auth().oauth2(TestTokens.analyst()).when().get(API + "/snapshots/" + id + "/data-quality")
                .then().statusCode(200)
                .body("snapshotId", equalTo((int) id)).body("cycle", equalTo("2015-2018"))
                .body("disagreements.find { it.code == 'D.legal_path' && it.measure == 'VALUE' }.printed", equalTo(33))
                .body("disagreements.find { it.code == 'D.legal_path' && it.measure == 'VALUE' }.computed", equalTo(2))
                .body("disagreements.find { it.code == 'D.legal_path' && it.bucket == 'CRIMINAL_CODE' }.missing",
                        contains("CAN", "ECU", "SUR"))
                .body("disagreements.find { it.code == 'D.legal_path' && it.bucket == 'CRIMINAL_CODE' }.extra", contains("MEX"));
    }

    @Test
    void anUnknownCycleFailsTheJobWithTheReason() {
        String location = given().auth().oauth2(TestTokens.admin()).when().post(API + "/cycles/1999-2000/snapshots")
                .then().statusCode(202).extract().header("Location");
        JsonPath job = Snapshots.awaitEnd(location);
        assertEquals("FAILED", job.getString("status"));
        org.hamcrest.MatcherAssert.assertThat(job.getString("error"), containsString("404"));
        org.hamcrest.MatcherAssert.assertThat(job.getString("error"), containsString("Cycle 1999-2000 does not exist"));
        org.hamcrest.MatcherAssert.assertThat(job.get("snapshotId"), equalTo(null));
    }

    @Test
    void cycleCodesFollowTheRuleOfEveryService() {
        // 40 characters with a '.', as the questionnaire service accepts it: taken (the job then says the cycle is unknown)
        String longest = "III.Work-Plan_2023-2026.second-round.abcd";
        assertEquals(40, longest.length() - 1);
        String code = longest.substring(0, 40);
        String location = given().auth().oauth2(TestTokens.analyst()).when().post(API + "/cycles/" + code + "/snapshots")
                .then().statusCode(202).extract().header("Location");
        assertEquals("FAILED", Snapshots.awaitEnd(location).getString("status"));
        given().auth().oauth2(TestTokens.analyst()).when().post(API + "/cycles/" + longest + "/snapshots")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("cycle")).body("violations[0].message", containsString("1 to 40"));
        given().auth().oauth2(TestTokens.analyst()).when().post(API + "/cycles/.hidden/snapshots").then().statusCode(400);
    }

    @Test
    void unknownSnapshotsIndicatorsAndJobsAre404() {
        long id = Snapshots.take();
        given().auth().oauth2(TestTokens.analyst()).when().get(API + "/snapshots/" + id + "/indicators/Z.nothing")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.analyst()).when().get(API + "/snapshots/987654")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.analyst()).when().get(API + "/snapshots/987654/indicators/D.legal_path")
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.analyst()).when().get(API + "/snapshots/987654/data-quality").then().statusCode(404);
        given().auth().oauth2(TestTokens.analyst()).when().get(API + "/snapshot-jobs/987654").then().statusCode(404);
        given().auth().oauth2(TestTokens.analyst()).when().post(API + "/cycles/2015!2018/snapshots")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("cycle")).body("violations[0].in", equalTo("path"));
    }

    @Test
    void securityMatrix() {
        given().when().get(API + "/indicators").then().statusCode(200)
                .body("code", hasItem("D.legal_path")).body("find { it.code == 'D.legal_path' }.section", equalTo("D"));
        given().when().post(API + "/cycles/2015-2018/snapshots").then().statusCode(401);
        given().when().get(API + "/snapshots").then().statusCode(401);
        given().when().get(API + "/snapshots/1/indicators/D.legal_path").then().statusCode(401);
        given().when().get(API + "/snapshot-jobs/1").then().statusCode(401);
        String focal = TestTokens.focalPoint("ARG");
        given().auth().oauth2(focal).when().post(API + "/cycles/2015-2018/snapshots").then().statusCode(403);
        given().auth().oauth2(focal).when().get(API + "/snapshots").then().statusCode(403);
        given().auth().oauth2(focal).when().get(API + "/snapshots/1/data-quality").then().statusCode(403);
        given().auth().oauth2(focal).when().get(API + "/snapshot-jobs/1").then().statusCode(403);
        given().auth().oauth2(TestTokens.noRole()).when().get(API + "/snapshots").then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).when().get(API + "/snapshots").then().statusCode(200);
    }

    private static void assertLine(String[] lines, String start) {
        for (String line : lines) {
            if (line.startsWith(start)) {
                return;
            }
        }
        fail("no line starts with " + start + " in " + String.join("\n", lines));
    }

    private static void revise(int revision) {
        String stub = ConfigProvider.getConfig().getValue("source-stub.url", String.class);
        given().when().post(stub + "/stub/revision?to=" + revision).then().statusCode(204);
    }
}
