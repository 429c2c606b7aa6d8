package org.oas.tip.gateway.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;

/**
 * Settles the request id before anything else runs (authentication included), so that the backend, the client, the
 * problem documents and every log line see the same value.
 */
@ApplicationScoped
public class RequestIdFilter {

    /** Ahead of CORS (300) and authentication (200). */
    static final int PRIORITY = 1_000;

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    void handle(RoutingContext ctx) {
        settle(ctx);
        ctx.next();
    }

    /**
     * Settles the request's id once (also from a failure handler, when the request failed before this filter ran):
     * passed on to the backend, echoed in the answer and put in the log context.
     */
    public static String settle(RoutingContext ctx) {
        String settled = ctx.get(SETTLED);
        if (settled != null) {
            return settled;
        }
        String id = RequestIds.accept(ctx.request().getHeader(RequestIds.HEADER));
        ctx.put(SETTLED, id);
        // the proxy copies the incoming headers, so the backend receives the settled id
        ctx.request().headers().set(RequestIds.HEADER, id);
        MDC.put(RequestIds.MDC_KEY, id);
        // set (not add) at the last moment, so a backend echoing its own header cannot duplicate it
        ctx.addHeadersEndHandler(ignored -> ctx.response().headers().set(RequestIds.HEADER, id));
        return id;
    }

    private static final String SETTLED = RequestIdFilter.class.getName() + ".id";
}
