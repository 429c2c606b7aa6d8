package org.oas.tip.defaults;

import io.quarkus.security.AuthenticationException;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.function.BiConsumer;

/**
 * Treats a token the same way on every path, public ones included (the OpenAPI document too): no {@code Authorization}
 * header is anonymous, a header that does not authenticate (expired, forged, foreign issuer or audience, not a bearer
 * token) is 401 problem+json with {@code WWW-Authenticate: Bearer}, as at the gateway. Authentication otherwise stays
 * lazy ({@code quarkus.http.auth.proactive=false}); this filter makes it happen whenever a token is offered.
 */
@ApplicationScoped
public class OfferedTokenCheck {

    /** After authentication (200), which only sets up the deferred identity, ahead of HTTP permissions (100). */
    static final int PRIORITY = 150;

    static final String DETAIL = "The bearer token is invalid, expired or not issued for this API";

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    void handle(RoutingContext ctx) {
        if (ctx.request().getHeader(HttpHeaders.AUTHORIZATION) == null) {
            ctx.next();
            return;
        }
        // a failed authentication goes to the request's failure handler first, whose bare answer would win: answer it here
        BiConsumer<RoutingContext, Throwable> fallback = ctx.get(QuarkusHttpUser.AUTH_FAILURE_HANDLER);
        ctx.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, (BiConsumer<RoutingContext, Throwable>) (c, failure) -> {
            if (failure instanceof AuthenticationException) {
                refuse(c);
            } else if (fallback != null) {
                fallback.accept(c, failure);
            } else {
                c.fail(failure);
            }
        });
        QuarkusHttpUser.getSecurityIdentity(ctx, null).subscribe().with(
                identity -> {
                    if (identity.isAnonymous()) {
                        // a header the bearer-token mechanism does not take (another scheme, an empty token) is no credential
                        refuse(ctx);
                    } else {
                        ctx.next();
                    }
                },
                failure -> {
                    if (failure instanceof AuthenticationException) {
                        refuse(ctx);
                    } else if (!ctx.response().ended() && !ctx.failed()) {
                        ctx.fail(failure);
                    }
                });
    }

    private static void refuse(RoutingContext ctx) {
        if (ctx.response().ended()) {
            return;
        }
        String requestId = RequestIdLogging.current();
        if (requestId == null) {
            requestId = ctx.request().getHeader(RequestIdLogging.HEADER);
        }
        JsonObject problem = new JsonObject()
                .put("type", "https://tip.oas.org/problems/unauthorized") // ProblemTypes
                .put("title", "Unauthorized")
                .put("status", 401)
                .put("detail", DETAIL)
                .put("instance", ctx.request().path());
        if (requestId != null) {
            problem.put("requestId", requestId);
            ctx.response().putHeader(RequestIdLogging.HEADER, requestId);
        }
        ctx.response().setStatusCode(401)
                .putHeader("WWW-Authenticate", "Bearer")
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .end(problem.toBuffer());
    }
}
