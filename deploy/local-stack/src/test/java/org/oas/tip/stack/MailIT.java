package org.oas.tip.stack;

import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.UsersResource;
import org.keycloak.representations.idm.UserRepresentation;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The stack's own SMTP server on the real stack: it is a part like the others ({@code ./stack status}, stop, start),
 * and Keycloak really sends through it: a password-setup e-mail asked for through Keycloak's admin API arrives in the
 * inbox that {@code GET /mail} (and so {@code ./stack mail}) shows, with the realm's action link in it.
 */
@ExtendWith(RunningStack.class)
class MailIT {

    @Test
    void keycloaksPasswordSetupMailArrivesInTheStacksInboxWithItsActionLink() {
        StackConfig config = RunningStack.config();
        String email = "e2e-mail-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        try (Keycloak admin = Keycloak.getInstance(config.keycloakUrl(), "master", "admin", "admin", "admin-cli")) {
            UsersResource users = admin.realm(KeycloakServer.REALM).users();
            UserRepresentation user = new UserRepresentation();
            user.setUsername(email);
            user.setEmail(email);
            user.setFirstName("Mail");
            user.setLastName("Test");
            user.setEnabled(true);
            String id;
            try (Response created = users.create(user)) {
                id = CreatedResponseUtil.getCreatedId(created);
            }
            try {
                users.get(id).executeActionsEmail(List.of("UPDATE_PASSWORD"));
                Mailbox.Mail mail = awaitMail(email, Duration.ofSeconds(30))
                        .orElseThrow(() -> new AssertionError("no mail to " + email + " in GET /mail within 30 s: " + inbox()));
                assertEquals("no-reply@tip.oas.local", mail.from(), "the realm's smtpServer from");
                assertEquals(List.of(email), mail.to());
                String actionLink = config.issuer() + "/login-actions/action-token?key=";
                assertTrue(mail.links().stream().anyMatch(l -> l.startsWith(actionLink)),
                        "a link to the realm's action-token URL " + actionLink + " in " + mail.links());
            } finally {
                users.get(id).remove();
            }
        }
    }

    @Test
    void theMailServerIsAPartStoppedAndStartedByName() {
        StackConfig config = RunningStack.config();
        assertEquals("running: SMTP on port " + config.smtpPort() + ", IMAP on port " + config.imapPort() + ", in the launcher's process",
                RunningStack.status("mail"));
        RunningStack.control("stop", "mail");
        try {
            assertEquals("stopped", RunningStack.status("mail"));
            given().baseUri(controlUrl()).when().get("/mail").then().statusCode(503);
        } finally {
            RunningStack.control("start", "mail");
        }
        given().baseUri(controlUrl()).when().get("/mail").then().statusCode(200).contentType("application/json");
    }

    /** The first mail to {@code to} in the stack's inbox ({@code GET /mail} on the control port), waited for up to {@code timeout}. */
    static Optional<Mailbox.Mail> awaitMail(String to, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<Mailbox.Mail> mail = Mailbox.parse(inbox()).stream().filter(m -> m.to().contains(to)).findFirst();
            if (mail.isPresent() || System.nanoTime() > deadline) {
                return mail;
            }
            Http.sleep(Duration.ofMillis(250));
        }
    }

    static String inbox() {
        return given().baseUri(controlUrl()).when().get("/mail").then().statusCode(200).extract().asString();
    }

    private static String controlUrl() {
        return "http://127.0.0.1:" + RunningStack.config().controlPort();
    }
}
