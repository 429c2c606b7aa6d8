package org.oas.tip.gateway.problem;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

import org.oas.tip.gateway.request.RequestIdFilter;
import org.oas.tip.gateway.request.RequestIds;

/** Writes gateway-made problem+json answers onto a Vert.x response. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    /** Builds the problem for this request, carrying its path and request id. */
    public static Problem problem(HttpServerRequest request, int status, String detail) {
        return Problem.of(status, detail, request.path(), RequestIds.of(request));
    }

    /** Ends the response with a problem, unless an answer is already on its way. */
    public static void send(RoutingContext ctx, int status, String detail) {
        send(ctx, problem(ctx.request(), status, detail));
    }

    /** Ends the response with this problem, unless an answer is already on its way. */
    public static void send(RoutingContext ctx, Problem problem) {
        HttpServerResponse response = ctx.response();
        if (response.ended() || response.headWritten()) {
            return;
        }
        // the same id as before, or, when the request was refused before the request id filter ran, settled now
        String id = RequestIdFilter.settle(ctx);
        if (!id.equals(problem.requestId())) {
            problem = new Problem(problem.type(), problem.status(), problem.title(), problem.detail(), problem.instance(), id,
                    problem.violations());
        }
        response.setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(problem.toJson());
    }
}
