package org.oas.tip.gateway.health;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.smallrye.health.SmallRyeHealth;
import io.smallrye.health.SmallRyeHealthReporter;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Up or down, and nothing more, on the public port: {@code /q/health}, {@code /q/health/live} and
 * {@code /q/health/ready} answer {@code {"status":"UP"}} (200) or {@code {"status":"DOWN"}} (503). The checks, with
 * each backend's address, are for operators on the management interface ({@code quarkus.management.port}).
 */
@ApplicationScoped
public class PublicHealth {

    static final String ROOT = "/q/health";

    private final SmallRyeHealthReporter reporter;

    public PublicHealth(SmallRyeHealthReporter reporter) {
        this.reporter = reporter;
    }

    void init(@Observes Router router) {
        // the backend checks wait for answers: run them off the event loop
        router.get(ROOT).blockingHandler(ctx -> answer(ctx, reporter::getHealth));
        router.get(ROOT + "/live").blockingHandler(ctx -> answer(ctx, reporter::getLiveness));
        router.get(ROOT + "/ready").blockingHandler(ctx -> answer(ctx, reporter::getReadiness));
    }

    private static void answer(RoutingContext ctx, Supplier<SmallRyeHealth> health) {
        boolean down = health.get().isDown();
        ctx.response()
                .setStatusCode(down ? 503 : 200)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(down ? "{\"status\":\"DOWN\"}" : "{\"status\":\"UP\"}");
    }
}
