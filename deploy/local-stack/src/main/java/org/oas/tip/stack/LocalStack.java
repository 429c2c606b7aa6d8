package org.oas.tip.stack;

import org.oas.tip.postgres.LocalPostgres;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The whole system on one machine: PostgreSQL, Keycloak, the three services and the gateway, started in that order,
 * each waited for until healthy, and all stopped together.
 */
public final class LocalStack implements AutoCloseable {

    static final List<String> DATABASES = List.of("questionnaire", "registry", "analytics");

    private final StackConfig config;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();

    public LocalStack(StackConfig config) {
        this.config = config;
    }

    public StackConfig config() {
        return config;
    }

    /** Starts every part and returns once all are healthy; on failure stops what it started. */
    public LocalStack start() {
        try {
            long t0 = System.nanoTime();
            step("PostgreSQL on port " + config.postgresPort(), () -> {
                LocalPostgres pg = LocalPostgres.start(config.home().resolve("postgres/data"), config.home().resolve("postgres/bin"),
                        config.postgresPort(), true);
                started.push(pg);
                DATABASES.forEach(pg::ensureDatabase);
            });
            step("Keycloak on port " + config.keycloakPort() + " (first start builds and imports the realm, ~90 s)",
                    () -> started.push(new KeycloakServer(config).start()));
            Map<QuarkusService, ChildProcess> services = new LinkedHashMap<>();
            step("questionnaire-service, registry-service, analytics-service", () -> {
                for (QuarkusService service : services()) {
                    ChildProcess process = service.start(config);
                    started.push(process);
                    services.put(service, process);
                }
                services.forEach(QuarkusService::awaitReady);
            });
            QuarkusService gateway = gateway();
            step("gateway on port " + config.gatewayPort(), () -> {
                ChildProcess process = gateway.start(config);
                started.push(process);
                gateway.awaitReady(process);
            });
            System.out.printf("Stack ready in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            return this;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private void step(String what, Runnable action) {
        long t0 = System.nanoTime();
        System.out.print("- " + what + " ");
        System.out.flush();
        action.run();
        System.out.printf(" ready (%.1f s)%n", (System.nanoTime() - t0) / 1e9);
    }

    List<QuarkusService> services() {
        return List.of(
                new QuarkusService("questionnaire-service", "questionnaire-service", config.questionnairePort(), serviceEnv("questionnaire"),
                        QuarkusService.SERVICE_JVM),
                new QuarkusService("registry-service", "registry-service", config.registryPort(), serviceEnv("registry"),
                        QuarkusService.SERVICE_JVM),
                new QuarkusService("analytics-service", "analytics-service", config.analyticsPort(), serviceEnv("analytics"),
                        QuarkusService.ANALYTICS_JVM));
    }

    QuarkusService gateway() {
        Map<String, String> env = new HashMap<>(oidcEnv());
        env.put("TIP_GATEWAY_QUESTIONNAIRE_URL", "http://localhost:" + config.questionnairePort());
        env.put("TIP_GATEWAY_REGISTRY_URL", "http://localhost:" + config.registryPort());
        env.put("TIP_GATEWAY_ANALYTICS_URL", "http://localhost:" + config.analyticsPort());
        env.put("QUARKUS_SWAGGER_UI_OAUTH_CLIENT_ID", "tip-swagger-ui");
        return new QuarkusService("gateway", "gateway", config.gatewayPort(), env, QuarkusService.GATEWAY_JVM);
    }

    private Map<String, String> serviceEnv(String database) {
        Map<String, String> env = new HashMap<>(oidcEnv());
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + config.postgresPort() + "/" + database);
        env.put("QUARKUS_DATASOURCE_USERNAME", LocalPostgres.USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", "");
        env.put("QUARKUS_SMALLRYE_OPENAPI_OIDC_OPEN_ID_CONNECT_URL", config.issuer() + "/.well-known/openid-configuration");
        env.put("QUARKUS_REST_CLIENT_REGISTRY_URL", "http://localhost:" + config.registryPort());
        env.put("QUARKUS_REST_CLIENT_QUESTIONNAIRE_URL", "http://localhost:" + config.questionnairePort());
        return env;
    }

    private Map<String, String> oidcEnv() {
        return Map.of("QUARKUS_OIDC_AUTH_SERVER_URL", config.issuer());
    }

    /** Stops everything in the reverse order of starting. */
    @Override
    public void close() {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                System.err.println("while stopping: " + e.getMessage());
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        LocalStack stack = new LocalStack(StackConfig.fromSystemProperties());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping the stack ...");
            stack.close();
            stopped.countDown();
        }));
        stack.start();
        System.out.println(Banner.text(stack.config()));
        stopped.await();
    }
}
