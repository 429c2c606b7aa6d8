package org.oas.tip.registry;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.oas.tip.testing.PostgresTestResource;
import org.oas.tip.testing.TestTokens;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/**
 * Requests that once changed data or reached the database unchecked (issue 12): each is a 400 problem naming the
 * field or parameter, and the request leaves nothing behind, not even part of itself.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class HostileInputTest {

    private static final String COUNTRIES = "/api/registry/v1/countries";
    private static final String INSTRUMENTS = "/api/registry/v1/instruments";
    private static final String ANSWERS = "/api/registry/v1/cycle-answers/";
    /** A refused value: in the body a validation problem, in the path or query an invalid-parameter one, a bad body malformed. */
    private static final org.hamcrest.Matcher<Object> REFUSED = anyOf(equalTo(org.oas.tip.defaults.ProblemTypes.VALIDATION.toString()),
            equalTo(org.oas.tip.defaults.ProblemTypes.INVALID_PARAMETER.toString()), equalTo(org.oas.tip.defaults.ProblemTypes.MALFORMED_BODY.toString()));

    /** A 400 problem+json of kind validation that names {@code field} among its violations. */
    static ValidatableResponse refused(ValidatableResponse response, String field) {
        return response.statusCode(400).contentType("application/problem+json")
                .body("type", REFUSED)
                .body("violations.field", hasItem(field));
    }

    @Test
    void aCycleAnswerKeyIsALinkIdAndAPositionAndTheBodyIsOfThePathsCountry() {
        String marker = InstrumentData.marker();
        Map<String, Object> line = InstrumentData.hotline("PER", marker + " Línea 1818", "1818", "FREE").body();
        String publisher = TestTokens.publisher();
        Map<String, String> badKeys = Map.of(
                "2019-2023/PER/%20/0", "question",
                "2019-2023/PER/E.1.1'--/0", "question",
                "2019-2023/PER/" + "q".repeat(101) + "/0", "question",
                "2019-2023/PER/E.1.1/-1", "position",
                "2019-2023/PER/E.1.1/10000", "position",
                "bad%20cycle/PER/E.1.1/0", "cycle",
                "2019-2023/P1R/E.1.1/0", "country");
        badKeys.forEach((key, field) -> refused(given().auth().oauth2(publisher).contentType("application/json").body(line)
                .urlEncodingEnabled(false).when().put(ANSWERS + key).then(), field));
        // the body's country is the path's, or nothing is written
        refused(given().auth().oauth2(publisher).contentType("application/json").body(line)
                .when().put(ANSWERS + "2019-2023/ARG/E.1.1/0").then(), "country");
        refused(given().auth().oauth2(publisher).contentType("application/json").body("null")
                .when().put(ANSWERS + "2019-2023/PER/E.1.1/0").then(), "body");
        given().queryParam("q", marker).when().get(INSTRUMENTS).then().statusCode(200).body("items", hasSize(0));
        // the longest key is taken, and publishing it again with another country in the body is refused
        String key = ANSWERS + "2019-2023/PER/" + "q".repeat(100) + "/9999";
        given().auth().oauth2(publisher).contentType("application/json").body(line).when().put(key).then().statusCode(201);
        Map<String, Object> moved = new HashMap<>(line);
        moved.put("country", "ARG");
        refused(given().auth().oauth2(publisher).contentType("application/json").body(moved).when().put(key).then(), "country");
        given().queryParam("q", marker).when().get(INSTRUMENTS).then().body("items", hasSize(1)).body("items[0].country", equalTo("PER"));
    }

    @Test
    void aCountryChangeRefusedForOneFieldChangesNoOther() {
        String etag = given().when().get(COUNTRIES + "/ARG").then().statusCode(200).extract().header("ETag");
        // a valid subregion and participation with a name too long: nothing of it is kept
        given().auth().oauth2(TestTokens.admin()).header("If-Match", etag).contentType("application/json")
                .body("{\"nameEn\":\"" + "A".repeat(101) + "\",\"nameEs\":\"Argentina\",\"nameFr\":\"Argentine\","
                        + "\"namePt\":\"Argentina\",\"subregion\":\"CARIBBEAN\",\"active\":false}")
                .when().put(COUNTRIES + "/ARG").then().statusCode(400).contentType("application/problem+json")
                .body("type", REFUSED).body("violations.field", hasItem(containsString("nameEn")));
        for (String body : new String[] {"null"}) {
            given().auth().oauth2(TestTokens.admin()).header("If-Match", etag).contentType("application/json").body(body)
                    .when().put(COUNTRIES + "/ARG").then().statusCode(400).contentType("application/problem+json");
        }
        given().when().get(COUNTRIES + "/ARG").then().header("ETag", etag).body("subregion", equalTo("SOUTH_AMERICA"))
                .body("active", equalTo(true)).body("nameEn", equalTo("Argentina"));
    }

    @Test
    void anInstrumentChangeRefusedForOneFieldKeepsItsConfidentiality() {
        String marker = InstrumentData.marker();
        long id = InstrumentData.of("URY", "LAW", marker + " Ley 19643").years(2018, null).create(TestTokens.admin());
        Map<String, Object> body = InstrumentData.of("URY", "LAW", marker + " Ley 19643").years(3018, null).restricted().body();
        refused(given().auth().oauth2(TestTokens.admin()).header("If-Match", "\"0\"").contentType("application/json").body(body)
                .when().put(INSTRUMENTS + "/" + id).then(), "yearStart");
        given().auth().oauth2(TestTokens.admin()).when().get(INSTRUMENTS + "/" + id).then().statusCode(200)
                .header("ETag", "\"0\"").body("confidentiality", equalTo("PUBLIC")).body("yearStart", equalTo(2018));
    }

    @Test
    void datesOutsideTheApiRangeAreRefused() {
        String marker = InstrumentData.marker();
        long id = InstrumentData.of("URY", "LAW", marker + " Ley 19643").create(TestTokens.admin());
        refused(given().auth().oauth2(TestTokens.admin()).header("If-Match", "\"0\"").contentType("application/json")
                .body("{\"status\": \"ENDED\", \"date\": \"+999999999-01-01\"}")
                .when().put(INSTRUMENTS + "/" + id + "/status").then(), "date");
        given().auth().oauth2(TestTokens.admin()).when().get(INSTRUMENTS + "/" + id).then().header("ETag", "\"0\"")
                .body("status", equalTo("IN_FORCE"));
        refused(given().auth().oauth2(TestTokens.publisher()).contentType("application/json")
                .body("{\"key\": \"" + marker + "\", \"cycle\": \"2019-2023\", \"country\": \"URY\", "
                        + "\"referenceDate\": \"+999999999-01-01\", \"entries\": []}")
                .when().post("/api/registry/v1/cycle-publications").then(), "referenceDate");
    }

    @Test
    void codesInQueryParametersAreRefusedNotTrimmed() {
        given().queryParam("country", " ARG").when().get("/api/registry/v1/directory/channels").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("country"));
        given().queryParam("cycle", " 2015-2018").when().get(INSTRUMENTS).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("cycle"));
        given().queryParam("country", "arg").when().get("/api/registry/v1/directory/channels").then().statusCode(200);
        // dates the database could not hold are the caller's 400, not the database's 500
        given().queryParam("asOf", "+999999999-01-01").when().get(INSTRUMENTS).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("asOf"));
        given().queryParam("updatedAfter", "+999999999-01-01T00:00:00Z").when().get(INSTRUMENTS).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("updatedAfter"));
    }
}
