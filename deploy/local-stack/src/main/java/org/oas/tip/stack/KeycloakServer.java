package org.oas.tip.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Keycloak from its Maven Central distribution: unpacked once into the stack's home, the oas-tip realm imported on
 * the first start (later starts find the realm in Keycloak's own database and do not ask for an import) and applied again
 * whenever its file, or what the stack puts in its placeholders, changed ({@link RealmSync}). It sends mail through the
 * stack's {@link MailServer}.
 */
final class KeycloakServer {

    static final String REALM = "oas-tip";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);

    private final StackConfig config;
    private final Path installDir;

    KeycloakServer(StackConfig config) {
        this.config = config;
        this.installDir = config.home().resolve("keycloak");
    }

    ChildProcess start() {
        Path dist = unpackOnce();
        boolean newDatabase = !Files.exists(dist.resolve("data/h2"));
        copyRealm(dist);
        int port = config.keycloakPort();
        List<String> command = new ArrayList<>(List.of(dist.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + port,
                "--http-management-port=" + (port + 1),
                "--hostname=" + config.keycloakUrl(),
                // member-state tools' secrets rotate with a grace period (the realm's client policy member-state-tools)
                "--features=client-secret-rotation"));
        if (newDatabase) {
            // later starts find the realm in Keycloak's database and RealmSync applies a changed file: reading the import
            // folder again only to skip the existing realm cost seconds of every start
            command.add("--import-realm");
        }
        Map<String, String> env = new HashMap<>(realmEnv(config));
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        env.put("JAVA_OPTS_KC_HEAP", "-XX:MaxRAMPercentage=10 -XX:InitialRAMPercentage=2");
        ChildProcess keycloak = ChildProcess.start("keycloak", command, env, dist, config.home().resolve("logs"));
        Http.awaitOk("Keycloak", config.issuer() + "/.well-known/openid-configuration", START_TIMEOUT, keycloak::isAlive);
        if (new RealmSync(config, installDir).apply(newDatabase)) {
            System.out.print(" (realm " + REALM + " created from deploy/keycloak) ");
        }
        return keycloak;
    }

    /**
     * The realm file's placeholders that this stack sets, over the launcher's own environment: Keycloak's import and
     * {@link RealmSync} both resolve {@code ${TIP_SMTP_PORT:...}} to the stack's SMTP server.
     */
    static Map<String, String> realmEnv(StackConfig config) {
        return Map.of("TIP_SMTP_PORT", Integer.toString(config.smtpPort()));
    }

    /** Unpacks the distribution unless a complete earlier unpack is there. */
    private Path unpackOnce() {
        Path marker = installDir.resolve(".unpacked-" + config.keycloakZip().getFileName());
        try (ZipFile zip = new ZipFile(config.keycloakZip().toFile())) {
            String root = zip.entries().nextElement().getName().split("/")[0];
            Path dist = installDir.resolve(root);
            if (Files.exists(marker)) {
                return dist;
            }
            System.out.println("  unpacking " + config.keycloakZip().getFileName() + " (once) ...");
            for (ZipEntry entry : Collections.list(zip.entries())) {
                Path target = installDir.resolve(entry.getName()).normalize();
                if (!target.startsWith(installDir)) {
                    throw new IOException("zip entry outside the target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                if (target.getFileName().toString().endsWith(".sh")) {
                    target.toFile().setExecutable(true);
                }
            }
            Files.writeString(marker, config.keycloakZip().toString());
            return dist;
        } catch (IOException e) {
            throw new UncheckedIOException("could not unpack " + config.keycloakZip(), e);
        }
    }

    private void copyRealm(Path dist) {
        try {
            Path imports = Files.createDirectories(dist.resolve("data/import"));
            Files.copy(config.repo().resolve("deploy/keycloak/" + REALM + "-realm.json"), imports.resolve(REALM + "-realm.json"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("could not copy the realm", e);
        }
    }
}
