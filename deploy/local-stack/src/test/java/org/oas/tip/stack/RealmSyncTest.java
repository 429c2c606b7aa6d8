package org.oas.tip.stack;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the realm's placeholders become on a stack: its own SMTP port, whatever the launcher's environment says. */
class RealmSyncTest {

    @Test
    void theRealmNamesTheStacksSmtpPort() throws Exception {
        StackConfig config = new StackConfig(Path.of(System.getProperty("tip.repo", "../..")), Path.of("target"), Path.of("."), 18080);
        String file = Files.readString(config.repo().resolve("deploy/keycloak/oas-tip-realm.json"));
        assertTrue(file.contains("\"port\": \"${TIP_SMTP_PORT:8105}\""), "the realm file takes its SMTP port from TIP_SMTP_PORT");

        String resolved = RealmSync.resolve(file, RealmSync.environment(config));
        assertTrue(resolved.contains("\"port\": \"18105\""), "the e2e stack's SMTP port, base + 25");
        assertEquals(Map.of("TIP_SMTP_PORT", "18105"), KeycloakServer.realmEnv(config), "what Keycloak's own import gets");
    }

    @Test
    void aPlaceholderWithoutAValueKeepsItsDefault() {
        assertEquals("{\"a\": \"x\", \"b\": \"7\"}", RealmSync.resolve("{\"a\": \"${TIP_NOT_SET_ANYWHERE:x}\", \"b\": \"${TIP_B:1}\"}",
                Map.of("TIP_B", "7")));
    }
}
