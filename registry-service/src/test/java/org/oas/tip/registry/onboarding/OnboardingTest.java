package org.oas.tip.registry.onboarding;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oas.tip.testing.PostgresTestResource;
import org.oas.tip.testing.TestTokens;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The secretariat onboards member states through the registry: tools (registered, rotated, revoked), people (invited,
 * invited again, revoked), who speaks for a country with each one's last call, and the audit. Keycloak is
 * {@link FakeAccounts} here; OnboardingIT runs the same path against the real one.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class OnboardingTest {

    private static final String COUNTRIES = "/api/registry/v1/countries/";

    @Inject
    FakeAccounts keycloak;

    @AfterEach
    void keycloakUp() {
        keycloak.down = false;
    }

    static ValidatableResponse register(String country, String name) {
        return given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(Map.of("name", name))
                .post(COUNTRIES + country + "/tools").then();
    }

    static long registered(String country) {
        return register(country, "Tool " + UUID.randomUUID()).statusCode(201).extract().jsonPath().getLong("tool.id");
    }

    private static ValidatableResponse invite(String country, String email) {
        return given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(Map.of("email", email, "firstName", "Ana", "lastName", "Smith")).post(COUNTRIES + country + "/people").then();
    }

    private static String email() {
        return "fp-" + UUID.randomUUID() + "@gov.example.org";
    }

    private static long count(String table, String country) {
        return given().auth().oauth2(TestTokens.admin()).get(COUNTRIES + country + "/representatives").then().statusCode(200)
                .extract().jsonPath().getList(table).size();
    }

    @Test
    void aRegisteredToolGetsItsClientWithTheCountryAndItsSecretOnce() {
        var registered = register("brb", "Barbados national TIP reporting system").statusCode(201);
        var made = registered
                .body("tool.country", equalTo("BRB"))
                .body("tool.status", equalTo("ACTIVE"))
                .body("tool.createdBy", equalTo("admin"))
                .body("clientId", startsWith("tool-brb-"))
                .body("tokenUrl", endsWith("/protocol/openid-connect/token"))
                .extract().jsonPath();
        long id = made.getLong("tool.id");
        registered.header("Location", endsWith("/api/registry/v1/countries/brb/tools/" + id));
        assertEquals("tool-brb-" + id, made.getString("clientId"));
        String keycloakId = keycloak.clientIds.entrySet().stream().filter(e -> e.getValue().equals("tool-brb-" + id)).findFirst().orElseThrow().getKey();
        assertEquals("BRB", keycloak.countries.get(keycloakId), "the client's tokens say the country the secretariat chose");
        assertEquals(keycloak.secrets.get(keycloakId), made.getString("clientSecret"));

        // read again: never the secret
        given().auth().oauth2(TestTokens.admin()).get(COUNTRIES + "BRB/tools/" + id).then().statusCode(200)
                .body("clientId", equalTo("tool-brb-" + id)).body("clientSecret", nullValue()).body("name", equalTo("Barbados national TIP reporting system"));
        given().auth().oauth2(TestTokens.admin()).get(COUNTRIES + "BRB/representatives").then().statusCode(200)
                .body("country", equalTo("BRB")).body("tools.clientId", hasItem("tool-brb-" + id)).body("toString()", org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString(made.getString("clientSecret"))));
        given().auth().oauth2(TestTokens.admin()).get(COUNTRIES + "BRB/onboarding-audit?limit=500").then().statusCode(200)
                .body("items.findAll { it.subject == 'tool-brb-" + id + "' }.action", hasItem("TOOL_REGISTERED"));
    }

    @Test
    void aToolOfAnotherCountryIsNotFoundUnderThisOne() {
        long brb = registered("BRB");
        given().auth().oauth2(TestTokens.admin()).get(COUNTRIES + "ARG/tools/" + brb).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void onlyMemberStatesTakingPartGetTools() {
        register("CUB", "Tool").statusCode(409).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("does not take part"));
        register("XXX", "Tool").statusCode(404).contentType("application/problem+json");
        invite("CUB", email()).statusCode(409);
    }

    @Test
    void aBadRegistrationIsRefusedNamingTheFieldAndStoresNothing() {
        long before = count("tools", "BHS");
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body("{}").post(COUNTRIES + "BHS/tools")
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("name"));
        register("BHS", "x".repeat(201)).statusCode(400).body("violations.field", hasItem("name"));
        register("BHS", " ").statusCode(400).body("violations.field", hasItem("name"));
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body("null").post(COUNTRIES + "BHS/tools")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(Map.of("name", "T", "clientId", "tool-arg"))
                .post(COUNTRIES + "BHS/tools").then().statusCode(400).contentType("application/problem+json");
        assertEquals(before, count("tools", "BHS"));
    }

    @Test
    void whenKeycloakIsDownNothingIsRegisteredOrAudited() {
        long tools = count("tools", "BLZ");
        long people = count("people", "BLZ");
        keycloak.down = true;
        register("BLZ", "Belize tool").statusCode(503).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("nothing was changed"));
        invite("BLZ", email()).statusCode(503).contentType("application/problem+json");
        keycloak.down = false;
        assertEquals(tools, count("tools", "BLZ"));
        assertEquals(people, count("people", "BLZ"));
        given().auth().oauth2(TestTokens.admin()).get(COUNTRIES + "BLZ/onboarding-audit").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void aRotatedSecretKeepsThePreviousOneForItsGracePeriodUntilTheSwitchIsEnded() {
        var made = register("GRD", "Grenada tool").statusCode(201).extract().jsonPath();
        long id = made.getLong("tool.id");
        String first = made.getString("clientSecret");
        var rotated = given().auth().oauth2(TestTokens.admin()).post(COUNTRIES + "GRD/tools/" + id + "/secret").then().statusCode(200)
                .body("clientId", equalTo("tool-grd-" + id)).body("previousSecretValidUntil", notNullValue())
                .body("tool.secretRotatedAt", notNullValue()).extract().jsonPath();
        assertNotEquals(first, rotated.getString("clientSecret"));
        OffsetDateTime until = OffsetDateTime.parse(rotated.getString("previousSecretValidUntil"));
        assertTrue(until.isAfter(OffsetDateTime.now(ZoneOffset.UTC).plusHours(23)), "the previous secret works about a day: " + until);
        assertTrue(keycloak.previousSecrets.containsValue(first));

        given().auth().oauth2(TestTokens.admin()).delete(COUNTRIES + "GRD/tools/" + id + "/previous-secret").then().statusCode(200)
                .body("previousSecretValidUntil", nullValue());
        assertFalse(keycloak.previousSecrets.containsValue(first));
        given().auth().oauth2(TestTokens.admin()).get(COUNTRIES + "GRD/onboarding-audit").then().statusCode(200)
                .body("items.action", hasItems("TOOL_REGISTERED", "TOOL_SECRET_ROTATED", "TOOL_PREVIOUS_SECRET_ENDED"));
    }

    @Test
    void aRevokedToolLosesItsClientAndCannotBeRotatedOrRevokedAgain() {
        long id = registered("GUY");
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body("{}")
                .post(COUNTRIES + "GUY/tools/" + id + "/revocation").then().statusCode(400).body("violations.field", hasItem("reason"));
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(Map.of("reason", "replaced"))
                .post(COUNTRIES + "GUY/tools/" + id + "/revocation").then().statusCode(200)
                .body("status", equalTo("REVOKED")).body("revokedBy", equalTo("admin")).body("revocationReason", equalTo("replaced"));
        assertFalse(keycloak.clientIds.containsValue("tool-guy-" + id), "the client is gone from Keycloak");
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(Map.of("reason", "again"))
                .post(COUNTRIES + "GUY/tools/" + id + "/revocation").then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.admin()).post(COUNTRIES + "GUY/tools/" + id + "/secret").then().statusCode(409);
        given().auth().oauth2(TestTokens.admin()).get(COUNTRIES + "GUY/representatives").then().statusCode(200)
                .body("tools.find { it.id == " + id + " }.status", equalTo("REVOKED"));
    }

    @Test
    void anInvitedPersonGetsTheirEmailAndCanBeInvitedAgainOrRevoked() {
        String email = email();
        var person = invite("TTO", email).statusCode(201).body("status", equalTo("ACTIVE")).body("country", equalTo("TTO"))
                .body("invitedBy", equalTo("admin")).body("invitationSentAt", notNullValue()).extract().jsonPath();
        long id = person.getLong("id");
        String user = keycloak.users.get(email);
        assertEquals("TTO", keycloak.countries.get(user), "the account speaks for the country the secretariat chose");
        assertEquals(1, keycloak.invitationsSent.get(user));
        invite("TTO", email.toUpperCase()).statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.admin()).post(COUNTRIES + "TTO/people/" + id + "/invitation").then().statusCode(200);
        assertEquals(2, keycloak.invitationsSent.get(user), "the e-mail was sent a second time");
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(Map.of("reason", "left the ministry"))
                .post(COUNTRIES + "TTO/people/" + id + "/revocation").then().statusCode(200).body("status", equalTo("REVOKED"));
        assertTrue(keycloak.disabledUsers.contains(user), "the account is disabled");
        given().auth().oauth2(TestTokens.admin()).post(COUNTRIES + "TTO/people/" + id + "/invitation").then().statusCode(409);
        given().auth().oauth2(TestTokens.admin()).get(COUNTRIES + "TTO/onboarding-audit").then().statusCode(200)
                .body("items.action", hasItems("PERSON_INVITED", "PERSON_INVITATION_SENT", "PERSON_REVOKED"));
    }

    @Test
    void aBadInvitationNamesEachField() {
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(Map.of("email", "not-an-address", "firstName", "", "lastName", "x".repeat(101))).post(COUNTRIES + "DMA/people")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("email", "firstName", "lastName"));
        assertEquals(0, count("people", "DMA"));
    }

    @Test
    void theGatewaysReportsGiveEachToolAndPersonTheirLatestCall() {
        long tool = registered("LCA");
        String clientId = "tool-lca-" + tool;
        OffsetDateTime later = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(5).truncatedTo(ChronoUnit.MILLIS);
        OffsetDateTime earlier = later.minusMinutes(10);
        report(List.of(Map.of("subject", "sa-" + clientId, "clientId", clientId, "username", "service-account-" + clientId, "at", later.toString())))
                .statusCode(204);
        // a gateway that reports late, with an older time, does not move it back
        report(List.of(Map.of("subject", "sa-" + clientId, "clientId", clientId, "at", earlier.toString()))).statusCode(204);
        String seen = given().auth().oauth2(TestTokens.admin()).get(COUNTRIES + "LCA/representatives").then().statusCode(200)
                .extract().jsonPath().getString("tools.find { it.id == " + tool + " }.lastCallAt");
        assertEquals(later.toInstant(), OffsetDateTime.parse(seen).toInstant());
    }

    @Test
    void aBadReportIsRefusedAndOnlyTheGatewayReports() {
        report(List.of()).statusCode(400).contentType("application/problem+json");
        report(List.of(Map.of("subject", "s", "clientId", "c", "at", OffsetDateTime.now(ZoneOffset.UTC).plusHours(1).toString())))
                .statusCode(400).body("violations.field", hasItem("calls[0].at"));
        report(List.of(Map.of("clientId", "c", "at", OffsetDateTime.now(ZoneOffset.UTC).toString())))
                .statusCode(400).body("violations.field", hasItem("calls[0].subject"));
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(Map.of("calls", List.of(Map.of("subject", "s", "clientId", "c", "at", OffsetDateTime.now(ZoneOffset.UTC).toString()))))
                .post("/api/registry/v1/last-calls").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aFocalPointSeesWhoSpeaksForItsOwnCountryOnlyAndChangesNothing() {
        long tool = registered("KNA");
        given().auth().oauth2(TestTokens.focalPoint("KNA")).get(COUNTRIES + "KNA/representatives").then().statusCode(200)
                .body("tools.id", hasItem((int) tool));
        given().auth().oauth2(TestTokens.focalPoint("VCT")).get(COUNTRIES + "KNA/representatives").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.focalPoint("KNA")).contentType("application/json").body(Map.of("name", "mine"))
                .post(COUNTRIES + "KNA/tools").then().statusCode(403);
        given().auth().oauth2(TestTokens.focalPoint("KNA")).post(COUNTRIES + "KNA/tools/" + tool + "/secret").then().statusCode(403);
        given().auth().oauth2(TestTokens.focalPoint("KNA")).contentType("application/json")
                .body(Map.of("email", email(), "firstName", "Me", "lastName", "Again")).post(COUNTRIES + "KNA/people").then().statusCode(403);
        given().auth().oauth2(TestTokens.focalPoint("KNA")).contentType("application/json")
                .body(Map.of("calls", List.of(Map.of("subject", "s", "clientId", "tool-kna-" + tool, "at", OffsetDateTime.now(ZoneOffset.UTC).toString()))))
                .post("/api/registry/v1/last-calls").then().statusCode(403);
    }

    private static ValidatableResponse report(List<Map<String, String>> calls) {
        return given().auth().oauth2(TestTokens.gateway()).contentType("application/json").body(Map.of("calls", calls))
                .post("/api/registry/v1/last-calls").then();
    }
}
