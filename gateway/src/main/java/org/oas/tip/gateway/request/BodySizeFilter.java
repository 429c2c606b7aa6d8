package org.oas.tip.gateway.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

import org.oas.tip.gateway.config.GatewayConfig;
import org.oas.tip.gateway.problem.ProblemResponses;

/**
 * Turns away bodies whose declared {@code Content-Length} is over the limit before a byte is read (streamed bodies are
 * counted on their way to the backend, in the proxy).
 */
@ApplicationScoped
public class BodySizeFilter {

    /** After authentication (200), ahead of Quarkus' own bare 413 check (route order -2). */
    static final int PRIORITY = 10;

    /** Oversized bodies up to this many times the limit are read and dropped; larger ones close the connection. */
    private static final long DRAIN_FACTOR = 8;

    private final long limit;

    public BodySizeFilter(GatewayConfig config) {
        this.limit = config.maxBodySize().asLongValue();
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    void handle(RoutingContext ctx) {
        long declared = declaredLength(ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH));
        if (declared > limit) {
            if (declared > DRAIN_FACTOR * limit) {
                // not worth reading: answer, then hang up
                ctx.response().endHandler(ignored -> ctx.request().connection().close());
            } else {
                // read and drop the rest, so that the client reads the answer rather than a reset connection
                ctx.request().resume();
            }
            ProblemResponses.send(ctx, 413, "The request body is larger than the " + limit + " bytes this API accepts");
            return;
        }
        ctx.next();
    }

    private static long declaredLength(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            // a malformed length is Vert.x's to reject
            return -1;
        }
    }
}
