package org.oas.tip.analytics;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oas.tip.testing.PostgresTestResource;
import org.oas.tip.testing.TestTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.oas.tip.analytics.Reports.REPORTS;

/**
 * Progress between two published reports. By hand: the earlier report's snapshot has ARG under a comprehensive law and
 * MEX (a RESTRICTED record) under the criminal code; in the later one ({@link SourceStub} revision 1) MEX's law is
 * comprehensive too. D.legal_path: COMPREHENSIVE_LAW 1 of 2 (50 %) then 2 of 2 (100 %), MEX entering it and leaving
 * CRIMINAL_CODE; D.law_year's mean stays 2010 (2008 and 2012).
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(SourceStub.class)
class ReportProgressTest {

    @AfterEach
    void backToTheOriginal() {
        revise(0);
    }

    @Test
    void twoFinalReportsCompareInPublicWithSharesMeansAndTheCountriesThatMoved() {
        revise(0);
        long earlier = Reports.in(Snapshots.take(), "FINAL");
        revise(1);
        long laterSnapshot = Snapshots.take();
        long later = Reports.in(laterSnapshot, "FINAL");
        long draft = Reports.draft(laterSnapshot);

        String legalPath = "changes.find { it.code == 'D.legal_path' }";
        String comprehensive = legalPath + ".buckets.find { it.key == 'COMPREHENSIVE_LAW' }";
        String body = given().queryParam("since", earlier).when().get(REPORTS + "/" + later + "/progress")
                .then().statusCode(200)
                .body("reportId", equalTo((int) later)).body("since", equalTo((int) earlier))
                .body("status", equalTo("FINAL")).body("sinceStatus", equalTo("FINAL"))
                .body("respondents.both", contains("ARG", "MEX")).body("respondents.onlyBefore", empty())
                .body(legalPath + ".valueBefore", equalTo(2)).body(legalPath + ".valueAfter", equalTo(2))
                .body(comprehensive + ".countBefore", equalTo(1)).body(comprehensive + ".countAfter", equalTo(2))
                .body(comprehensive + ".percentageBefore", equalTo(50.0f))
                .body(comprehensive + ".percentageAfter", equalTo(100.0f))
                .body(comprehensive + ".countriesIn", contains("MEX")).body(comprehensive + ".countriesOut", empty())
                .body(legalPath + ".buckets.find { it.key == 'CRIMINAL_CODE' }.countriesOut", contains("MEX"))
                .body("changes.code", everyItem(not(equalTo("D.law_year"))))
                .extract().asString();
        // the published views on both sides: no record ids at all, so none of MEX's restricted law
        assertFalse(body.contains("recordIds"), body);

        given().queryParam("since", earlier).queryParam("all", true).when().get(REPORTS + "/" + later + "/progress")
                .then().statusCode(200)
                .body("changes.code", hasItem("D.law_year"))
                .body("changes.find { it.code == 'D.law_year' }.meanBefore", equalTo(2010.0f))
                .body("changes.find { it.code == 'D.law_year' }.meanAfter", equalTo(2010.0f));

        // a report not FINAL on either side: the secretariat and analysts only, absent to everyone else
        given().queryParam("since", earlier).when().get(REPORTS + "/" + draft + "/progress").then().statusCode(404);
        given().auth().oauth2(TestTokens.focalPoint("ARG")).queryParam("since", draft)
                .when().get(REPORTS + "/" + later + "/progress").then().statusCode(404);
        given().auth().oauth2(TestTokens.analyst()).queryParam("since", earlier)
                .when().get(REPORTS + "/" + draft + "/progress").then().statusCode(200)
                .body(comprehensive + ".countriesIn", contains("MEX"));
        // the assembled document can carry the same comparison
        String html = given().accept("text/html").queryParam("since", earlier).when().get(REPORTS + "/" + later)
                .then().statusCode(200).extract().asString();
        assertTrue(html.contains("<section id=\"progress\">"), html);
        assertTrue(html.contains("Comprehensive law: 1 → 2 (50.0% → 100.0%); entered: Mexico"), html);
        assertFalse(given().accept("text/html").when().get(REPORTS + "/" + later).then().statusCode(200).extract().asString()
                .contains("<section id=\"progress\">"));
        given().accept("text/html").queryParam("since", draft).when().get(REPORTS + "/" + later).then().statusCode(404);

        given().when().get(REPORTS + "/" + later + "/progress").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("since"));
        given().queryParam("since", 987654).when().get(REPORTS + "/" + later + "/progress").then().statusCode(404);
    }

    private static void revise(int revision) {
        String stub = ConfigProvider.getConfig().getValue("source-stub.url", String.class);
        given().when().post(stub + "/stub/revision?to=" + revision).then().statusCode(204);
    }
}
