package org.oas.tip.gateway.proxy;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.oas.tip.gateway.config.GatewayConfig;

/** The fixed list of services the gateway routes to, read from configuration. */
@ApplicationScoped
public class Backends {

    private final List<Backend> all;

    public Backends(GatewayConfig config) {
        this.all = List.of(
                new Backend("questionnaire-service", "/api/questionnaire", config.questionnaireUrl()),
                new Backend("registry-service", "/api/registry", config.registryUrl()),
                new Backend("analytics-service", "/api/analytics", config.analyticsUrl()));
    }

    /** Every backend, in a stable order. */
    public List<Backend> all() {
        return all;
    }

    /** The backend with that name. */
    public Backend named(String name) {
        return all.stream()
                .filter(backend -> backend.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No backend named " + name));
    }
}
