package org.oas.tip.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A member state connected through the API on the real stack (real Keycloak, its admin API, the stack's SMTP server):
 * the secretariat registers Barbados' tool, which gets a token saying BRB, pulls its assignment and submits; its secret
 * is rotated (both work until the switch is ended, then only the new one); it is revoked (no new token, and the token
 * it holds is refused once its 60 s are over); a focal point invited for Barbados gets the password-setup e-mail; the
 * gateway's record of the tool's last call reaches "who speaks for Barbados"; a focal point of another country can do
 * none of this.
 */
@ExtendWith(RunningStack.class)
class OnboardingIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BRB = "/api/registry/v1/countries/BRB";
    /** The tools' token lifespan (the registry's tip.onboarding.tool-token-lifespan), plus the time polls take. */
    private static final Duration REVOCATION_BOUND = Duration.ofSeconds(60 + 15);

    private final String admin = RunningStack.userToken("admin");

    @Test
    void barbadosToolIsConnectedSubmitsRotatesAndIsRevoked() throws Exception {
        String cycle = OneSectionCycle.open("BRB");
        JsonPath registered = given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("name", "Barbados national TIP reporting system")).post(BRB + "/tools")
                .then().statusCode(201).extract().jsonPath();
        long toolId = registered.getLong("tool.id");
        String clientId = registered.getString("clientId");
        String secret = registered.getString("clientSecret");
        assertEquals(RunningStack.config().issuer() + "/protocol/openid-connect/token", registered.getString("tokenUrl"));

        // the tool's token says what the secretariat set, and lives 60 s
        String token = RunningStack.clientToken(clientId, secret);
        JsonNode claims = claims(token);
        assertEquals("BRB", claims.path("country").asText(), claims.toString());
        assertTrue(claims.path("groups").toString().contains("focal-point"), claims.toString());
        assertEquals(60, claims.path("exp").asLong() - claims.path("iat").asLong(), claims.toString());

        // its round: the assignment, the answers, the submission; another country's assignment stays out of reach
        String path = "/api/questionnaire/v1/cycles/" + cycle + "/assignments/BRB";
        String etag = given().auth().oauth2(token).get(path).then().statusCode(200).extract().header("ETag");
        etag = given().auth().oauth2(token).header("If-Match", etag).contentType("application/merge-patch+json")
                .body(Map.of("s", Map.of("s.has_line", false, "s.count", 4))).patch(path + "/answers")
                .then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(token).header("If-Match", etag).header("Idempotency-Key", "brb-" + UUID.randomUUID())
                .contentType("application/json").body("{}").post(path + "/submission")
                .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("SUBMITTED"));
        int other = given().auth().oauth2(token).get("/api/questionnaire/v1/cycles/" + cycle + "/assignments/ARG").then().extract().statusCode();
        assertTrue(other == 403 || other == 404, "Barbados' tool reads no other country's assignment: " + other);
        given().auth().oauth2(token).contentType("application/json").body(Map.of("name", "mine")).post(BRB + "/tools").then().statusCode(403);

        // the gateway's record of that round reaches "who speaks for Barbados" (it reports every 15 s)
        String lastCall = await(Duration.ofSeconds(45), () -> given().auth().oauth2(admin).get(BRB + "/representatives")
                .then().statusCode(200).extract().jsonPath().getString("tools.find { it.id == " + toolId + " }.lastCallAt"));
        assertNotNull(lastCall);

        // rotation: both secrets work until the switch is ended, then only the new one
        JsonPath rotated = given().auth().oauth2(admin).post(BRB + "/tools/" + toolId + "/secret").then().statusCode(200).extract().jsonPath();
        String newSecret = rotated.getString("clientSecret");
        assertNotNull(rotated.getString("previousSecretValidUntil"), "the previous secret has a stated end");
        assertEquals(200, tokenStatus(clientId, secret), "the previous secret works during the switch");
        String newToken = RunningStack.clientToken(clientId, newSecret);
        given().auth().oauth2(newToken).get(path).then().statusCode(200);
        given().auth().oauth2(admin).delete(BRB + "/tools/" + toolId + "/previous-secret").then().statusCode(200);
        assertEquals(401, tokenStatus(clientId, secret), "the previous secret is refused once the switch is ended");
        assertEquals(200, tokenStatus(clientId, newSecret));

        // revocation: no new token at once; the token it holds is refused within its lifespan
        String held = RunningStack.clientToken(clientId, newSecret);
        long revokedAt = System.nanoTime();
        given().auth().oauth2(admin).contentType("application/json").body(Map.of("reason", "replaced by a new system"))
                .post(BRB + "/tools/" + toolId + "/revocation").then().statusCode(200);
        assertEquals(401, tokenStatus(clientId, newSecret), "a revoked tool gets no token");
        await(REVOCATION_BOUND, () -> given().auth().oauth2(held).get(path).then().extract().statusCode() == 401 ? "refused" : null);
        System.out.printf("OnboardingIT: the revoked tool's last token was refused %.1f s after the revocation%n",
                (System.nanoTime() - revokedAt) / 1e9);

        List<String> actions = given().auth().oauth2(admin).get(BRB + "/onboarding-audit?limit=500").then().statusCode(200)
                .extract().jsonPath().getList("items.findAll { it.subject == '" + clientId + "' }.action");
        assertEquals(List.of("TOOL_REGISTERED", "TOOL_SECRET_ROTATED", "TOOL_PREVIOUS_SECRET_ENDED", "TOOL_REVOKED"), actions);
    }

    @Test
    void anInvitedFocalPointGetsThePasswordSetupEmail() throws Exception {
        String email = "ana.smith-" + UUID.randomUUID().toString().substring(0, 8) + "@gov.example.bb";
        long id = given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("email", email, "firstName", "Ana", "lastName", "Smith")).post(BRB + "/people")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Mailbox.Mail mail = MailIT.awaitMail(email, Duration.ofSeconds(30))
                .orElseThrow(() -> new AssertionError("no mail to " + email + " within 30 s: " + MailIT.inbox()));
        String setup = RunningStack.config().issuer() + "/login-actions/action-token";
        assertTrue(mail.links().stream().anyMatch(l -> l.startsWith(setup)), "the e-mail links to the realm's password setup: " + mail);
        given().auth().oauth2(admin).get(BRB + "/representatives").then().statusCode(200)
                .body("people.find { it.id == " + id + " }.email", org.hamcrest.Matchers.equalTo(email));

        String otherFocalPoint = RunningStack.userToken("focal-arg");
        given().auth().oauth2(otherFocalPoint).get(BRB + "/representatives").then().statusCode(403);
        given().auth().oauth2(otherFocalPoint).contentType("application/json")
                .body(Map.of("email", "x-" + email, "firstName", "Not", "lastName", "Me")).post(BRB + "/people").then().statusCode(403);
        given().auth().oauth2(otherFocalPoint).contentType("application/json")
                .body(Map.of("email", "y-" + email, "firstName", "Me", "lastName", "Again")).post("/api/registry/v1/countries/ARG/people")
                .then().statusCode(403);
    }

    private static int tokenStatus(String clientId, String secret) {
        return given().baseUri(RunningStack.config().issuer()).formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId).formParam("client_secret", secret)
                .post("/protocol/openid-connect/token").then().extract().statusCode();
    }

    private static JsonNode claims(String jwt) throws IOException {
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    /** Asks until the answer is not null, within {@code bound}; fails with what it waited for otherwise. */
    static <T> T await(Duration bound, java.util.concurrent.Callable<T> ask) throws Exception {
        long end = System.nanoTime() + bound.toNanos();
        while (true) {
            T answer = ask.call();
            if (answer != null) {
                return answer;
            }
            assertFalse(System.nanoTime() > end, "nothing within " + bound);
            Thread.sleep(1000);
        }
    }
}
