package org.oas.tip.questionnaire;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.oas.tip.testing.PostgresTestResource;
import org.oas.tip.testing.TestTokens;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

/** Reporting cycles: the baseline round, opening a new one, and who may do what. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(RegistryStub.class)
class CycleResourceTest {

    private static final String CYCLES = "/api/questionnaire/v1/cycles";

    @Test
    void baselineCycleHasTheReportsDates() {
        given().auth().oauth2(TestTokens.focalPoint("MEX")).when().get(CYCLES + "/2015-2018")
                .then().statusCode(200)
                .body("opensOn", equalTo("2016-10-20"))
                .body("deadline", equalTo("2016-12-14"))
                // "in force" is read at 2018, as the report did
                .body("referenceDate", equalTo("2018-12-31"));
    }

    @Test
    void everyRoleReadsTheList() {
        for (String token : new String[] {TestTokens.admin(), TestTokens.analyst(), TestTokens.focalPoint("USA")}) {
            given().auth().oauth2(token).when().get(CYCLES).then().statusCode(200).body("code", hasItem("2015-2018"));
        }
    }

    @Test
    void tokenWithoutRoleIsRefused() {
        given().auth().oauth2(TestTokens.noRole()).when().get(CYCLES).then().statusCode(403);
    }

    @Test
    void unknownCycleIs404() {
        given().auth().oauth2(TestTokens.admin()).when().get(CYCLES + "/1900")
                .then().statusCode(404).contentType("application/problem+json").body("detail", containsString("1900"));
    }

    @Test
    void secretariatOpensACycleOnce() {
        String body = "{\"code\":\"2019-2023\",\"title\":\"III Work Plan\",\"opensOn\":\"2024-03-01\",\"deadline\":\"2024-06-30\",\"referenceDate\":\"2024-06-30\",\"questionnaire\":\"oas-tip-structured\",\"questionnaireVersion\":\"1\"}";
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(body)
                .when().post(CYCLES)
                .then().statusCode(201).header("Location", endsWith(CYCLES + "/2019-2023")).body("code", equalTo("2019-2023"));
        given().auth().oauth2(TestTokens.analyst()).when().get(CYCLES + "/2019-2023").then().statusCode(200)
                .body("questionnaire", equalTo("oas-tip-structured"));
        // one assignment per active member state, as the registry lists them (Cuba is not active)
        given().auth().oauth2(TestTokens.analyst()).when().get(CYCLES + "/2019-2023/assignments").then().statusCode(200)
                .body("country", equalTo(List.of("ARG", "MEX", "USA")))
                .body("status", everyItem(equalTo("NOT_STARTED")));
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(body)
                .when().post(CYCLES)
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void deadlineBeforeOpeningIsRefusedAndNothingStored() {
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body("{\"code\":\"backwards\",\"title\":\"t\",\"opensOn\":\"2024-06-30\",\"deadline\":\"2024-03-01\",\"referenceDate\":\"2024-03-01\",\"questionnaire\":\"oas-tip-structured\",\"questionnaireVersion\":\"1\"}")
                .when().post(CYCLES)
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("deadline"));
        given().auth().oauth2(TestTokens.admin()).when().get(CYCLES + "/backwards").then().statusCode(404);
    }

    @Test
    void everyMissingFieldIsNamed() {
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body("{\"code\":\"bad code!\"}")
                .when().post(CYCLES)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(containsString("code")))
                .body("violations.field", hasItem(containsString("title")))
                .body("violations.field", hasItem(containsString("opensOn")))
                .body("violations.field", hasItem(containsString("deadline")))
                .body("violations.field", hasItem(containsString("referenceDate")));
    }

    @Test
    void theSecretariatChoosesTheCountriesOfACycle() {
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body("{\"code\":\"pilot-2025\",\"title\":\"Pilot\",\"opensOn\":\"2025-01-01\",\"deadline\":\"2025-06-30\","
                        + "\"referenceDate\":\"2024-12-31\",\"questionnaire\":\"oas-tip-structured\",\"questionnaireVersion\":\"1\","
                        + "\"countries\":[\"MEX\",\"USA\"]}")
                .when().post(CYCLES).then().statusCode(201).body("referenceDate", equalTo("2024-12-31"));
        given().auth().oauth2(TestTokens.analyst()).when().get(CYCLES + "/pilot-2025/assignments").then().statusCode(200)
                .body("country", equalTo(List.of("MEX", "USA")));
        given().auth().oauth2(TestTokens.focalPoint("ARG")).when().get(CYCLES + "/pilot-2025/assignments/ARG").then().statusCode(404);
    }

    @Test
    void chosenCountriesMustBeActiveMemberStatesNamedOnce() {
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body("{\"code\":\"pilot-bad\",\"title\":\"Pilot\",\"opensOn\":\"2025-01-01\",\"deadline\":\"2025-06-30\","
                        + "\"referenceDate\":\"2024-12-31\",\"questionnaire\":\"oas-tip-structured\",\"questionnaireVersion\":\"1\","
                        + "\"countries\":[\"MEX\",\"CUB\",\"MEX\",\"XXX\"]}")
                .when().post(CYCLES).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("countries[1]", "countries[2]", "countries[3]")));
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body("{\"code\":\"pilot-none\",\"title\":\"Pilot\",\"opensOn\":\"2025-01-01\",\"deadline\":\"2025-06-30\","
                        + "\"referenceDate\":\"2024-12-31\",\"questionnaire\":\"oas-tip-structured\",\"questionnaireVersion\":\"1\","
                        + "\"countries\":[]}")
                .when().post(CYCLES).then().statusCode(400).body("violations.field", equalTo(List.of("countries")));
        given().auth().oauth2(TestTokens.admin()).when().get(CYCLES + "/pilot-bad").then().statusCode(404);
    }

    @Test
    void analystAndFocalPointCannotOpenCycles() {
        String body = "{\"code\":\"nope\",\"title\":\"t\",\"opensOn\":\"2024-03-01\",\"deadline\":\"2024-06-30\",\"referenceDate\":\"2024-06-30\",\"questionnaire\":\"oas-tip-structured\",\"questionnaireVersion\":\"1\"}";
        for (String token : new String[] {TestTokens.analyst(), TestTokens.focalPoint("ARG")}) {
            given().auth().oauth2(token).contentType("application/json").body(body)
                    .when().post(CYCLES).then().statusCode(403);
        }
        given().auth().oauth2(TestTokens.admin()).when().get(CYCLES + "/nope").then().statusCode(404);
    }
}
