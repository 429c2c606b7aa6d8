package org.oas.tip.registry;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.oas.tip.testing.PostgresTestResource;
import org.oas.tip.testing.TestTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** The member states: public reads of the baseline, and curation by the secretariat with If-Match. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class CountryResourceTest {

    private static final String COUNTRIES = "/api/registry/v1/countries";

    @Test
    void baselineHoldsThe35MemberStatesWith34Active() {
        given().when().get(COUNTRIES).then().statusCode(200).body("$", hasSize(35));
        given().queryParam("active", true).when().get(COUNTRIES)
                .then().statusCode(200).body("$", hasSize(34)).body("iso3", not(hasItem("CUB")));
    }

    @Test
    void filtersBySubregion() {
        given().queryParam("subregion", "NORTH_AMERICA").when().get(COUNTRIES)
                .then().statusCode(200).body("iso3", hasItem("CAN")).body("subregion", everyItem(equalTo("NORTH_AMERICA")));
    }

    @Test
    void unknownSubregionIs400() {
        given().queryParam("subregion", "EUROPE").when().get(COUNTRIES)
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void oneCountryInFourLanguagesWithAnEtag() {
        given().when().get(COUNTRIES + "/usa")
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("nameEs", equalTo("Estados Unidos de América"))
                .body("nameFr", equalTo("États-Unis d'Amérique"));
    }

    @Test
    void unknownCountryIs404() {
        given().when().get(COUNTRIES + "/XXX").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void secretariatChangesACountryWithIfMatchOnly() {
        String body = "{\"nameEn\":\"Jamaica\",\"nameEs\":\"Jamaica\",\"nameFr\":\"Jamaïque\",\"namePt\":\"Jamaica\","
                + "\"subregion\":\"CARIBBEAN\",\"active\":false}";
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(body)
                .when().put(COUNTRIES + "/JAM")
                .then().statusCode(428).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.admin()).header("If-Match", "\"7\"").contentType("application/json").body(body)
                .when().put(COUNTRIES + "/JAM")
                .then().statusCode(412).contentType("application/problem+json").header("ETag", "\"0\"");
        given().when().get(COUNTRIES + "/JAM").then().body("active", equalTo(true));

        given().auth().oauth2(TestTokens.admin()).header("If-Match", "\"0\"").contentType("application/json").body(body)
                .when().put(COUNTRIES + "/JAM")
                .then().statusCode(200).header("ETag", "\"1\"").body("active", equalTo(false));
        given().auth().oauth2(TestTokens.admin()).header("If-Match", "\"0\"").contentType("application/json").body(body)
                .when().put(COUNTRIES + "/JAM")
                .then().statusCode(412);
    }

    @Test
    void everyBadFieldIsNamedAndNothingChanges() {
        given().auth().oauth2(TestTokens.admin()).header("If-Match", "\"0\"").contentType("application/json")
                .body("{\"nameEn\":\"\",\"subregion\":\"ATLANTIS\"}")
                .when().put(COUNTRIES + "/PER")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.admin()).header("If-Match", "\"0\"").contentType("application/json")
                .body("{\"nameEn\":\"\",\"nameEs\":\"Perú\",\"nameFr\":\"Pérou\",\"namePt\":\"Peru\"}")
                .when().put(COUNTRIES + "/PER")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(containsString("nameEn")))
                .body("violations.field", hasItem(containsString("subregion")))
                .body("violations.field", hasItem(containsString("active")));
        given().when().get(COUNTRIES + "/PER").then().body("nameEn", equalTo("Peru")).header("ETag", "\"0\"");
    }

    @Test
    void onlyTheSecretariatChangesCountries() {
        String body = "{\"nameEn\":\"X\",\"nameEs\":\"X\",\"nameFr\":\"X\",\"namePt\":\"X\",\"subregion\":\"CARIBBEAN\",\"active\":true}";
        for (String token : new String[] {TestTokens.analyst(), TestTokens.focalPoint("BRB"), TestTokens.focalPoint("ARG")}) {
            given().auth().oauth2(token).header("If-Match", "\"0\"").contentType("application/json").body(body)
                    .when().put(COUNTRIES + "/BRB").then().statusCode(403);
        }
        given().when().get(COUNTRIES + "/BRB").then().body("nameEn", equalTo("Barbados"));
    }
}
