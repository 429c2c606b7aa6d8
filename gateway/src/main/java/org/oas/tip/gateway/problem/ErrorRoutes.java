package org.oas.tip.gateway.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationException;
import io.quarkus.security.ForbiddenException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;

import java.util.List;

import org.oas.tip.gateway.config.GatewayConfig;
import org.oas.tip.gateway.problem.Problem.Violation;
import org.oas.tip.gateway.request.RequestLimits;

/**
 * Gives the gateway's own failures the problem+json shape: rejected tokens (401 with {@code WWW-Authenticate}), an
 * unreachable identity provider (503), paths that no route owns (404), and anything unexpected (500, without internals).
 */
@ApplicationScoped
public class ErrorRoutes {

    private static final Logger LOG = Logger.getLogger(ErrorRoutes.class);

    private final String retryAfter;

    public ErrorRoutes(GatewayConfig config) {
        this.retryAfter = Integer.toString(config.retryAfter());
    }

    void init(@Observes Router router) {
        router.route().failureHandler(this::onFailure);
        router.route().last().handler(ctx -> ProblemResponses.send(ctx, 404, "No resource at " + ctx.request().path()));
    }

    void onFailure(RoutingContext ctx) {
        if (ctx.response().ended() || ctx.response().headWritten()) {
            return;
        }
        Throwable failure = ctx.failure();
        if (causedBy(failure, OIDCException.class)) {
            LOG.warnf("Could not check a bearer token: %s", failure.getMessage());
            ctx.response().headers().remove(HttpHeaderNames.WWW_AUTHENTICATE);
            ctx.response().putHeader(HttpHeaderNames.RETRY_AFTER, retryAfter);
            ProblemResponses.send(ctx, 503, "The identity provider cannot be reached to check the bearer token; try again later");
        } else if (failure instanceof AuthenticationException) {
            if (ctx.response().headers().get(HttpHeaderNames.WWW_AUTHENTICATE) == null) {
                ctx.response().putHeader(HttpHeaderNames.WWW_AUTHENTICATE, "Bearer");
            }
            ProblemResponses.send(ctx, 401,
                    "The bearer token is invalid, expired, or not issued for this API by the trusted identity provider");
        } else if (failure instanceof ForbiddenException) {
            ProblemResponses.send(ctx, 403, "You are not allowed to do this");
        } else if (failure instanceof HttpException http && http.getStatusCode() == 400) {
            // Vert.x could not read the request target (e.g. the access log decoding a query before any filter ran)
            List<Violation> violations = RequestLimits.violations(ctx.request());
            ProblemResponses.send(ctx, violations.isEmpty()
                    ? ProblemResponses.problem(ctx.request(), 400, "The request could not be read")
                    : RequestLimits.badUri(ctx.request(), violations));
        } else if (failure instanceof HttpException http && http.getStatusCode() >= 400 && http.getStatusCode() < 500) {
            ProblemResponses.send(ctx, http.getStatusCode(), "The request could not be handled");
        } else if (failure != null) {
            LOG.error("Request failed inside the gateway", failure);
            ProblemResponses.send(ctx, 500, "The gateway failed to handle the request");
        } else {
            int status = ctx.statusCode() >= 400 ? ctx.statusCode() : 500;
            ProblemResponses.send(ctx, status, "The gateway could not handle the request");
        }
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
