package org.oas.tip.stack;

import io.restassured.RestAssured;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The real stack every end-to-end class runs against, started once for the whole run (on other ports than a
 * developer's, state under target/) from the migrations and baselines alone, and stopped after the last class.
 */
final class RunningStack implements BeforeAllCallback, AutoCloseable {

    private static LocalStack stack;
    private static ControlServer control;

    @Override
    public synchronized void beforeAll(ExtensionContext context) {
        if (stack != null) {
            return;
        }
        Path repo = Path.of(System.getProperty("tip.repo")).toAbsolutePath();
        StackConfig config = new StackConfig(repo, repo.resolve("deploy/local-stack/target/e2e-stack"),
                Path.of(System.getProperty("tip.keycloak-zip")), 18080);
        // Keycloak's unpacked build is kept (it is slow to redo); the databases start empty
        deleteTree(config.home().resolve("postgres/data"));
        stack = new LocalStack(config).start();
        // the control port ./stack talks to, so that tests restart and stop services the way a developer does
        control = ControlServer.start(config, stack);
        RestAssured.baseURI = config.gatewayUrl();
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(RunningStack.class.getName(), this);
    }

    @Override
    public void close() {
        if (control != null) {
            control.close();
            control = null;
        }
        if (stack != null) {
            stack.close();
            stack = null;
        }
    }

    static StackConfig config() {
        return stack.config();
    }

    /** The running stack, to start an extra instance or server. */
    static LocalStack stack() {
        return stack;
    }

    /**
     * Sends {@code ./stack <command> <name>} (stop, start, restart) to the launcher's control port, asserts it succeeded
     * and gives its answer.
     */
    static String control(String command, String name) {
        return given().baseUri("http://127.0.0.1:" + config().controlPort())
                .when().post("/parts/" + name + "/" + command)
                .then().statusCode(200).extract().asString();
    }

    /** What {@code ./stack status} prints about one part (state, port, pid). */
    static String status(String name) {
        String all = given().baseUri("http://127.0.0.1:" + config().controlPort()).when().get("/parts")
                .then().statusCode(200).extract().asString();
        return all.lines().filter(l -> l.startsWith(name + " ")).findFirst().orElseThrow().substring(name.length()).strip();
    }

    /** A token of a confidential client (a member state's tool, an OAS system, a service). */
    static String clientToken(String client, String secret) {
        return given().baseUri(config().issuer())
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", client)
                .formParam("client_secret", secret)
                .when().post("/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** A person's token through the CLI client (the demo users' password is {@code demo}). */
    static String userToken(String username) {
        return given().baseUri(config().issuer())
                .formParam("grant_type", "password")
                .formParam("client_id", "tip-cli")
                .formParam("username", username)
                .formParam("password", "demo")
                .when().post("/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /**
     * Follows a snapshot job (its Location, absolute or not) until it ends, within 90 s; asserts it ended DONE and gives
     * the snapshot's id.
     */
    static int awaitSnapshot(String token, String job) {
        String path = job.replaceFirst("^https?://[^/]+", "");
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        String status = "QUEUED";
        while (!status.equals("DONE") && !status.equals("FAILED") && System.nanoTime() < deadline) {
            Http.sleep(Duration.ofMillis(300));
            status = given().auth().oauth2(token).when().get(path).then().statusCode(200).extract().path("status");
        }
        assertEquals("DONE", status, "the snapshot job " + path + " pulled the registry and the questionnaire service");
        return given().auth().oauth2(token).when().get(path).then().extract().path("snapshotId");
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
