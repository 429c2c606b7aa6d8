package org.oas.tip.stack;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the local stack keeps its state and which ports it uses.
 *
 * @param repo        the checkout (holds the services' built jars and the Keycloak realm)
 * @param home        the stack's state: PostgreSQL data, the unpacked Keycloak and its data, logs
 * @param keycloakZip the Keycloak distribution zip (resolved by Maven from Maven Central)
 * @param portBase    the gateway's port; the others follow from it (services +1..+3, the management interfaces of the
 *                    gateway and the services +10..+13, the stack's SMTP server +25 and its IMAP +43, launcher's
 *                    control port +99, Keycloak +100 and +101, PostgreSQL +7352)
 */
public record StackConfig(Path repo, Path home, Path keycloakZip, int portBase) {

    /** The developer's ports: the gateway on 8080, the same ports the services' application.properties name. */
    public static final int DEFAULT_PORT_BASE = 8080;

    /** The stack a developer runs: state in {@code .stack/} of the checkout, gateway on 8080. */
    public static StackConfig fromSystemProperties() {
        Path repo = Path.of(System.getProperty("tip.repo", ".")).toAbsolutePath().normalize();
        String zip = System.getProperty("tip.keycloak-zip");
        if (zip == null || !Files.isRegularFile(Path.of(zip))) {
            throw new IllegalStateException("tip.keycloak-zip must name the Keycloak distribution zip; start the stack with "
                    + "./stack (or ./mvnw install -DskipTests -Dstack)");
        }
        int base = Integer.getInteger("tip.port-base", DEFAULT_PORT_BASE);
        Path home = Path.of(System.getProperty("tip.stack-home", repo.resolve(".stack").toString()));
        return new StackConfig(repo, home, Path.of(zip), base);
    }

    public int gatewayPort() {
        return portBase;
    }

    public int questionnairePort() {
        return portBase + 1;
    }

    public int registryPort() {
        return portBase + 2;
    }

    public int analyticsPort() {
        return portBase + 3;
    }

    /**
     * The management interface (health checks with their details, Prometheus metrics) of the application listening on
     * {@code port}: 10 above it, so the gateway's and the services' are base +10..+13, inside the stack's own block of
     * ports, and another instance of a service (on base +4, say) gets its own too.
     */
    public static int managementPort(int port) {
        return port + MANAGEMENT_OFFSET;
    }

    /** How far above an application's port its management interface listens. */
    public static final int MANAGEMENT_OFFSET = 10;

    /** The stack's own SMTP server ({@link MailServer}), which Keycloak sends through: 8105 on the developer's stack. */
    public int smtpPort() {
        return portBase + 25;
    }

    /** IMAP on the same inbox, for a mail client (log in as the recipient's address, any password): 8123 by default. */
    public int imapPort() {
        return portBase + 43;
    }

    /** Where the running launcher takes stop, start and restart commands, on the loopback interface only. */
    public int controlPort() {
        return portBase + 99;
    }

    public int keycloakPort() {
        return portBase + 100;
    }

    public int postgresPort() {
        return portBase + 7352;
    }

    public String keycloakUrl() {
        return "http://localhost:" + keycloakPort();
    }

    public String issuer() {
        return keycloakUrl() + "/realms/" + KeycloakServer.REALM;
    }

    public String gatewayUrl() {
        return "http://localhost:" + gatewayPort();
    }
}
