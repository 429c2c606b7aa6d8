package org.oas.tip.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.oas.tip.testing.PostgresTestResource;
import org.oas.tip.testing.TestTokens;
import org.oas.tip.testing.hostile.HostileCampaign;
import org.oas.tip.testing.hostile.OwnDatabaseProfile;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.oas.tip.registry.InstrumentData.INSTRUMENTS;

/**
 * Every operation of the registry's committed OpenAPI document under generated hostile input (issue 12): no 5xx,
 * problem+json on every 4xx, nothing stored from a refused request, nothing accepted that must be refused. Runs on a
 * database of its own; the seed and counts are printed and written to target/hostile-campaign.txt.
 */
@QuarkusTest
@TestProfile(OwnDatabaseProfile.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class HostileCampaignTest {

    private static final String API = "/api/registry/v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DataSource dataSource;

    @TestFactory
    List<DynamicTest> hostileInputIsRefusedCleanly() throws Exception {
        Map<String, Object> line = InstrumentData.hotline("ARG", "Línea campaña", "145", "FREE").body();
        long id = InstrumentData.hotline("ARG", "Línea campaña", "145", "FREE").create(TestTokens.admin());
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(Map.of("reason", "campaign"))
                .put(INSTRUMENTS + "/" + id + "/cycles/campaign-attached").then().statusCode(200);
        // the calls that end an instrument's life get one each, so the others keep reaching their rules
        long ended = InstrumentData.hotline("ARG", "Línea estado", "145", "FREE").create(TestTokens.admin());
        long withdrawn = InstrumentData.hotline("ARG", "Línea retiro", "145", "FREE").create(TestTokens.admin());
        String publication = JSON.writeValueAsString(PublicationData.of("campaign-key", "campaign", "ARG", 10)
                .create("B.plans[0]", InstrumentData.of("ARG", "PLAN", "Plan campaña").body()).body());
        return HostileCampaign.of("registry-service", dataSource)
                .pathValue("iso3", "ARG").pathValue("country", "ARG").pathValue("id", String.valueOf(id))
                .pathValue(API + "/instruments/{id}/status", "id", String.valueOf(ended))
                .pathValue(API + "/instruments/{id}/withdrawal", "id", String.valueOf(withdrawn))
                .pathValue("cycle", "campaign-attached").pathValue("question", "E.1.1").pathValue("position", "0")
                .body("PUT " + API + "/countries/{iso3}", "{\"nameEn\":\"Argentina\",\"nameEs\":\"Argentina\","
                        + "\"nameFr\":\"Argentine\",\"namePt\":\"Argentina\",\"subregion\":\"SOUTH_AMERICA\",\"active\":true}")
                .body("POST " + API + "/instruments", JSON.writeValueAsString(line))
                .body("PUT " + API + "/instruments/{id}", JSON.writeValueAsString(line))
                .body("PUT " + API + "/cycle-answers/{cycle}/{country}/{question}/{position}", JSON.writeValueAsString(line))
                .body("POST " + API + "/cycle-publications", publication)
                .body("PUT " + API + "/instruments/{id}/status", "{\"status\":\"ENDED\",\"date\":\"2025-06-30\"}")
                .body("POST " + API + "/instruments/{id}/withdrawal", "{\"reason\":\"duplicate\"}")
                .body("PUT " + API + "/instruments/{id}/cycles/{cycle}", "{\"reason\":\"campaign\"}")
                .tests();
    }
}
