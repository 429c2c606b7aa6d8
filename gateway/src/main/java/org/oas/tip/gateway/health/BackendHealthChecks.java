package org.oas.tip.gateway.health;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.health.Readiness;

import io.smallrye.health.api.AsyncHealthCheck;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;

import org.oas.tip.gateway.config.GatewayConfig;
import org.oas.tip.gateway.proxy.Backends;

/** Produces one readiness check per backend, all sharing a small HTTP client of their own. */
@ApplicationScoped
public class BackendHealthChecks {

    private final Backends backends;
    private final GatewayConfig config;
    private final HttpClient client;

    public BackendHealthChecks(Vertx vertx, Backends backends, GatewayConfig config) {
        this.backends = backends;
        this.config = config;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.healthTimeout().toMillis())
                .setMaxPoolSize(3)
                // one probe at a time per backend; no need to keep idle connections
                .setKeepAlive(false));
    }

    @Produces
    @Readiness
    @ApplicationScoped
    AsyncHealthCheck questionnaireService() {
        return check("questionnaire-service");
    }

    @Produces
    @Readiness
    @ApplicationScoped
    AsyncHealthCheck registryService() {
        return check("registry-service");
    }

    @Produces
    @Readiness
    @ApplicationScoped
    AsyncHealthCheck analyticsService() {
        return check("analytics-service");
    }

    private AsyncHealthCheck check(String name) {
        return new BackendHealthCheck(backends.named(name), client, config.healthTimeout());
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
