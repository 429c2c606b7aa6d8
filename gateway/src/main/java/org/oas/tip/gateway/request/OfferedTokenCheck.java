package org.oas.tip.gateway.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;

import org.oas.tip.gateway.problem.ProblemResponses;

/**
 * Refuses an {@code Authorization} header that authenticated no one (another scheme than Bearer, an empty token), as
 * the services do: an offered credential is either valid or 401, never read as anonymous. Invalid bearer tokens are
 * refused earlier, by authentication itself ({@code ErrorRoutes}).
 */
@ApplicationScoped
public class OfferedTokenCheck {

    /** After authentication (200), ahead of the body size check (10). */
    static final int PRIORITY = 150;

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    void handle(RoutingContext ctx) {
        if (ctx.request().getHeader(HttpHeaderNames.AUTHORIZATION) != null
                && !(ctx.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous())) {
            ctx.response().putHeader(HttpHeaderNames.WWW_AUTHENTICATE, "Bearer");
            ProblemResponses.send(ctx, 401, "The Authorization header carries no bearer token; send none, or a valid one");
            return;
        }
        ctx.next();
    }
}
