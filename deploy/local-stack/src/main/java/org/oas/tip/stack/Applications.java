package org.oas.tip.stack;

import org.oas.tip.postgres.LocalPostgres;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How the stack runs each of the project's applications: its port and JVM options, and the settings by which it finds
 * the stack's database, Keycloak, the other services and the extra servers; also the dev-mode command that takes an
 * application's place.
 */
final class Applications {

    private final StackConfig config;
    /** The stack's extra servers, whose {@link ExtraServer#serviceEnv} every service gets (the stack's own list). */
    private final List<ExtraServer> extras;

    Applications(StackConfig config, List<ExtraServer> extras) {
        this.config = config;
        this.extras = extras;
    }

    /** An application by its module name, as the stack runs it. */
    QuarkusService application(String name) {
        return switch (name) {
            case "questionnaire-service" -> new QuarkusService(name, name, config.questionnairePort(), env(serviceProperties("questionnaire")),
                    QuarkusService.SERVICE_JVM, QuarkusService.READY);
            case "registry-service" -> new QuarkusService(name, name, config.registryPort(), env(registryProperties()),
                    QuarkusService.REGISTRY_JVM, QuarkusService.READY);
            case "analytics-service" -> new QuarkusService(name, name, config.analyticsPort(), env(serviceProperties("analytics")),
                    QuarkusService.ANALYTICS_JVM, QuarkusService.READY);
            case "gateway" -> {
                Map<String, String> env = env(gatewayProperties());
                env.put("QUARKUS_SWAGGER_UI_OAUTH_CLIENT_ID", "tip-swagger-ui");
                yield new QuarkusService(name, name, config.gatewayPort(), env, QuarkusService.GATEWAY_JVM, QuarkusService.LIVE);
            }
            default -> throw new IllegalArgumentException("unknown application " + name + "; one of " + LocalStack.APPLICATIONS);
        };
    }

    /** The settings by which a service finds the stack's database, Keycloak and the other services. */
    Map<String, String> serviceProperties(String database) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + config.postgresPort() + "/" + database);
        p.put("quarkus.datasource.username", LocalPostgres.USER);
        p.put("quarkus.datasource.password", "");
        p.put("quarkus.oidc.auth-server-url", config.issuer());
        // what the served OpenAPI documents name (ContractFilter): this stack's Keycloak realm and its gateway
        p.put("tip.openapi.realm-url", config.issuer());
        p.put("tip.openapi.server-url", "http://localhost:" + config.gatewayPort());
        p.put("quarkus.rest-client.registry.url", "http://localhost:" + config.registryPort());
        p.put("quarkus.rest-client.questionnaire.url", "http://localhost:" + config.questionnairePort());
        return p;
    }

    /** A service's settings, plus Keycloak's admin API, where the registry onboards member states' tools and people. */
    Map<String, String> registryProperties() {
        Map<String, String> p = serviceProperties("registry");
        p.put("tip.onboarding.keycloak-url", config.keycloakUrl());
        return p;
    }

    /**
     * The settings by which the gateway finds Keycloak and the services; it reports last calls to the registry with a
     * token of the realm's client {@code gateway} (its secret: the realm's local default, or TIP_GATEWAY_SECRET).
     */
    Map<String, String> gatewayProperties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("quarkus.oidc.auth-server-url", config.issuer());
        p.put("quarkus.oidc-client.auth-server-url", config.issuer());
        p.put("tip.gateway.questionnaire-url", "http://localhost:" + config.questionnairePort());
        p.put("tip.gateway.registry-url", "http://localhost:" + config.registryPort());
        p.put("tip.gateway.analytics-url", "http://localhost:" + config.analyticsPort());
        return p;
    }

    /** Properties as the environment variables Quarkus reads them from, plus what the extra servers give every service. */
    private Map<String, String> env(Map<String, String> properties) {
        Map<String, String> env = new LinkedHashMap<>();
        properties.forEach((k, v) -> env.put(k.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT), v));
        extras.forEach(extra -> env.putAll(extra.serviceEnv(config)));
        return env;
    }

    /**
     * How to run an application in dev mode in place of the stack's instance: on the developer's ports its
     * application.properties already name the stack's database, Keycloak and services; on other ports they are given.
     */
    String devModeCommand(String application) {
        String command = "./mvnw -pl " + application + " quarkus:dev";
        if (config.portBase() == StackConfig.DEFAULT_PORT_BASE) {
            return command;
        }
        Map<String, String> p = new LinkedHashMap<>();
        p.put("quarkus.http.port", Integer.toString(application(application).port()));
        p.put("quarkus.management.port", Integer.toString(application(application).managementPort()));
        p.putAll(switch (application) {
            case "gateway" -> gatewayProperties();
            case "questionnaire-service" -> serviceProperties("questionnaire");
            case "registry-service" -> registryProperties();
            default -> serviceProperties("analytics");
        });
        p.remove("quarkus.datasource.password");
        p.remove("quarkus.datasource.username");
        return command + p.entrySet().stream().map(e -> " \\\n      -D" + e.getKey() + "=" + e.getValue()).collect(Collectors.joining());
    }
}
