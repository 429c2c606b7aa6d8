package org.oas.tip.analytics;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.oas.tip.testing.PostgresTestResource;
import org.oas.tip.testing.TestTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.oas.tip.analytics.Reports.REPORTS;

/**
 * The stub's second cycle ({@link SourceStub#CYCLE2}): answers count as they are. By hand: ARG and MEX answered the
 * structured questionnaire; A.chair_type gives ARG MINISTRY_SECURITY (raw, /A/A.chair_type) and MEX ATTORNEY_GENERAL
 * (the analyst's code 201 overrides MEX's raw MINISTRY_INTERIOR); B.plan_transition gives ARG a new plan and MEX none,
 * 1 of 2; ARG's authority answers (an instrument group) do not reach A.authority_model, which knows no model.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(SourceStub.class)
class RawAnswerSnapshotTest {

    private static final String API = Snapshots.API;

    @Test
    void aSecondCyclesStructuredAnswersFeedTheIndicatorsWithoutCoding() {
        long id = Snapshots.take(SourceStub.CYCLE2);
        given().auth().oauth2(TestTokens.analyst()).when().get(API + "/snapshots/" + id)
                .then().statusCode(200)
                .body("content.rawAnswers.find { it.country == 'ARG' && it.linkId == 'B.plan_transition' }.pointer",
                        equalTo("/B/B.plan_transition"))
                .body("content.rawAnswers.findAll { it.linkId == 'C.flows.routes.transport_modes' }.pointer",
                        contains("/C/C.flows/C.flows.routes/0/C.flows.routes.transport_modes/0",
                                "/C/C.flows/C.flows.routes/0/C.flows.routes.transport_modes/1"))
                // text stays for coding, instrument groups come from the registry
                .body("content.rawAnswers.linkId", not(hasItem("C.flows.description")))
                .body("content.rawAnswers.linkId", not(hasItem("C.flows.routes.origin")))
                .body("content.rawAnswers.linkId", not(hasItem("A.authority.model")))
                .body("content.rawAnswers.linkId", not(hasItem("B.plans.year_end")));
        // the summary and the scope count the raw answers beside the coded one
        var snapshot = given().auth().oauth2(TestTokens.analyst()).when().get(API + "/snapshots/" + id)
                .then().statusCode(200).extract().jsonPath();
        int raw = snapshot.getList("content.rawAnswers").size();
        assertTrue(raw > 10, "ARG's and MEX's closed answers");
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(raw, raw, 1, 1),
                java.util.List.of(snapshot.getInt("rawAnswerCount"), snapshot.getInt("scope.rawAnswerCount"),
                        snapshot.getInt("answerCount"), snapshot.getInt("scope.codedAnswerCount")));
        given().auth().oauth2(TestTokens.analyst()).queryParam("cycle", SourceStub.CYCLE2).when().get(API + "/snapshots")
                .then().statusCode(200).body("find { it.id == " + id + " }.rawAnswerCount", equalTo(raw));

        given().auth().oauth2(TestTokens.analyst()).when().get(API + "/snapshots/" + id + "/indicators/A.chair_type")
                .then().statusCode(200)
                .body("buckets.find { it.key == 'MINISTRY_SECURITY' }.countries", contains("ARG"))
                .body("buckets.find { it.key == 'MINISTRY_SECURITY' }.answerRefs", contains("ARG#/A/A.chair_type"))
                .body("buckets.find { it.key == 'MINISTRY_SECURITY' }.answerIds", empty())
                .body("buckets.find { it.key == 'ATTORNEY_GENERAL' }.countries", contains("MEX"))
                .body("buckets.find { it.key == 'ATTORNEY_GENERAL' }.answerIds", contains(201))
                .body("buckets.find { it.key == 'ATTORNEY_GENERAL' }.answerRefs", empty())
                .body("buckets.find { it.key == 'MINISTRY_INTERIOR' }.count", equalTo(0));
        given().auth().oauth2(TestTokens.analyst()).when().get(API + "/snapshots/" + id + "/indicators/B.plan_transition")
                .then().statusCode(200)
                .body("value", equalTo(1)).body("denominator", equalTo(2))
                .body("buckets.find { it.key == 'NEW_PLAN_ADOPTED' }.answerRefs", contains("ARG#/B/B.plan_transition"))
                .body("buckets.find { it.key == 'NO_NEW_PLAN' }.answerRefs", contains("MEX#/B/B.plan_transition"));
        given().auth().oauth2(TestTokens.analyst()).when().get(API + "/snapshots/" + id + "/indicators/A.authority_model")
                .then().statusCode(200)
                .body("value", equalTo(0)).body("buckets.find { it.key == 'NO_DATA' }.countries", contains("ARG", "MEX"));

        String csv = given().auth().oauth2(TestTokens.analyst()).accept("text/csv")
                .when().get(API + "/snapshots/" + id + "/indicators/D.investigation_strategies")
                .then().statusCode(200).extract().asString();
        assertTrue(csv.startsWith("key,label,count,percentage,countries,recordIds,answerIds,answerRefs\n"), csv);
        assertTrue(csv.contains("REACTIVE,Reactive,1,50.0,MEX,,,MEX#/D/D.strategies/0\n"), csv);
        assertTrue(csv.contains("FINANCIAL,Financial,1,50.0,ARG,,,ARG#/D/D.strategies/1\n"), csv);

        // the published view keeps the raw answers behind a figure
        long report = Reports.draft(id);
        given().auth().oauth2(TestTokens.analyst()).when().get(REPORTS + "/" + report + "/indicators/A.chair_type")
                .then().statusCode(200)
                .body("buckets.find { it.key == 'MINISTRY_SECURITY' }.answerRefs", contains("ARG#/A/A.chair_type"));
    }

    @Test
    void theDataQualityAndTheDataNotesListTheReportsSelfContradictions() {
        long id = Snapshots.take();
        given().auth().oauth2(TestTokens.analyst()).when().get(API + "/snapshots/" + id + "/data-quality")
                .then().statusCode(200)
                .body("contradictions.size()", equalTo(24))
                .body("contradictions.find { it.topic.startsWith('Dedicated trafficking lines') }.codes",
                        contains("E.channel_type", "E.dedicated_line"))
                .body("contradictions.find { it.topic.startsWith('Dedicated trafficking lines') }.statements.line",
                        contains("L167", "L865", "L892", "L1475", "L1777"));
        given().auth().oauth2(TestTokens.analyst()).when().get(API + "/snapshots/" + Snapshots.take(SourceStub.CYCLE2)
                        + "/data-quality")
                .then().statusCode(200).body("contradictions", empty()).body("reference", equalTo(null));

        long report = Reports.draft(id);
        given().auth().oauth2(TestTokens.analyst()).accept("text/html").when().get(REPORTS + "/" + report)
                .then().statusCode(200)
                .body(containsString("contradicts itself"))
                .body(containsString("Dedicated trafficking lines: 13 or 10 countries"))
                .body(containsString("L865 (section E): 10 countries have a dedicated line"));
    }
}
