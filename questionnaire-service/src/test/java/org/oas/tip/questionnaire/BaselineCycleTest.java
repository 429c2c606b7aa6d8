package org.oas.tip.questionnaire;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.oas.tip.testing.PostgresTestResource;
import org.oas.tip.testing.TestTokens;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

/** The 2015-2018 cycle as the report tells it: 34 states assigned, 33 accepted, Nicaragua never started, coded facts. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(RegistryStub.class)
class BaselineCycleTest {

    private static final String CYCLE = "/api/questionnaire/v1/cycles/2015-2018";

    @Test
    void thirtyThreeOfThirtyFourAnswered() {
        given().auth().oauth2(TestTokens.analyst()).when().get(CYCLE).then().statusCode(200)
                .body("questionnaire", equalTo("oas-tip-2016"));
        given().auth().oauth2(TestTokens.analyst()).queryParam("asOf", "2017-03-01").when().get(CYCLE + "/progress").then().statusCode(200)
                .body("byStatus.ACCEPTED", equalTo(33)).body("byStatus.NOT_STARTED", equalTo(1))
                .body("overdue.country", equalTo(List.of("NIC"))).body("overdue[0].deadline", equalTo("2017-02-28"));
        given().auth().oauth2(TestTokens.analyst()).when().get(CYCLE + "/assignments").then()
                .body("$", hasSize(34)).body("deadline", everyItem(equalTo("2017-02-28")));
    }

    @Test
    void codedFactsOfNamedCountries() {
        // A.2 (L373): Dominica, Grenada, Guatemala, Saint Kitts and Nevis and Venezuela have a sole authority
        given().auth().oauth2(TestTokens.analyst()).queryParam("country", "DMA").when().get(CYCLE + "/coded-answers").then().statusCode(200)
                .body("find { it.linkId == 'A.authority.model' }.value", equalTo("SOLE"));
        given().auth().oauth2(TestTokens.analyst()).when().get(CYCLE + "/coded-answers").then().statusCode(200)
                .body("findAll { it.linkId == 'A.authority.model' }.size()", equalTo(33));
        // a focal point reads its own country's coded answers only
        given().auth().oauth2(TestTokens.focalPoint("ARG")).when().get(CYCLE + "/coded-answers").then().statusCode(200)
                .body("country", everyItem(equalTo("ARG")));
    }
}
