package org.oas.tip.gateway.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/** Sends visitors of the bare host to the Swagger UI that lists the three service APIs. */
@ApplicationScoped
public class RootRedirect {

    static final String SWAGGER_UI = "/q/swagger-ui/";

    void init(@Observes Router router) {
        router.get("/").handler(ctx -> ctx.response()
                .setStatusCode(302)
                .putHeader(HttpHeaders.LOCATION, SWAGGER_UI)
                .end());
    }
}
