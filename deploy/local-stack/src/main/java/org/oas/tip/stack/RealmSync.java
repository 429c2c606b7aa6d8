package org.oas.tip.stack;

import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.util.JsonSerialization;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the running realm equal to {@code deploy/keycloak/oas-tip-realm.json}. Keycloak imports a realm file only
 * when the realm does not exist yet, so a role or client added to the file would never reach a stack started before;
 * when the hash of the file with its placeholders resolved (as Keycloak's import resolves them, with the stack's
 * {@link KeycloakServer#realmEnv}: its SMTP port) differs from the one last applied, the realm is dropped and created
 * again through the admin API (clients and users made by hand in that local realm are gone, as after a fresh start).
 */
final class RealmSync {

    /** The realm file's {@code ${TIP_X:default}} placeholders, which Keycloak's own import resolves from the environment. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(TIP_[A-Z0-9_]+):([^}]*)}");

    private final StackConfig config;
    private final Path marker;

    RealmSync(StackConfig config, Path installDir) {
        this.config = config;
        this.marker = installDir.resolve("realm-applied.sha256");
    }

    /**
     * Re-creates the realm when its file changed since it was last applied; returns whether it did.
     *
     * @param justImported Keycloak's database was new at this start, so its own import just read the current file
     */
    boolean apply(boolean justImported) {
        try {
            String file = resolve(Files.readString(config.repo().resolve("deploy/keycloak/" + KeycloakServer.REALM + "-realm.json")),
                    environment(config));
            // of the resolved file, so that a stack whose ports moved (another --port-base on the same home) syncs too
            String hash = sha256(file);
            if (justImported || (Files.exists(marker) && Files.readString(marker).strip().equals(hash))) {
                Files.writeString(marker, hash);
                return false;
            }
            RealmRepresentation realm = JsonSerialization.readValue(file, RealmRepresentation.class);
            try (Keycloak admin = Keycloak.getInstance(config.keycloakUrl(), "master", "admin", "admin", "admin-cli")) {
                if (admin.realms().findAll().stream().anyMatch(r -> r.getRealm().equals(KeycloakServer.REALM))) {
                    admin.realm(KeycloakServer.REALM).remove();
                }
                admin.realms().create(realm);
            }
            Files.writeString(marker, hash);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("could not apply the realm file", e);
        }
    }

    /** What Keycloak's own import resolves the placeholders from: the launcher's environment and the stack's values. */
    static Map<String, String> environment(StackConfig config) {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.putAll(KeycloakServer.realmEnv(config));
        return env;
    }

    static String resolve(String realm, Map<String, String> env) {
        Matcher m = PLACEHOLDER.matcher(realm);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(env.getOrDefault(m.group(1), m.group(2))));
        }
        return m.appendTail(out).toString();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
