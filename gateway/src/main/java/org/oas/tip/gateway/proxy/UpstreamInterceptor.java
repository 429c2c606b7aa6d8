package org.oas.tip.gateway.proxy;

import java.util.concurrent.TimeoutException;

import org.jboss.logging.Logger;

import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.core.net.SocketAddress;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

import org.oas.tip.gateway.config.GatewayConfig;
import org.oas.tip.gateway.problem.Problem;
import org.oas.tip.gateway.problem.ProblemResponses;

/**
 * Wraps each proxied exchange with one backend: caps the request body, adds the usual {@code X-Forwarded-*} headers,
 * and turns a failed exchange into a problem+json answer (413, 502, 503 or 504) instead of the library's empty 502.
 */
final class UpstreamInterceptor implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(UpstreamInterceptor.class);

    private final Backend backend;
    private final long maxBodySize;
    private final int retryAfterSeconds;
    private final long timeoutMillis;

    UpstreamInterceptor(Backend backend, GatewayConfig config) {
        this.backend = backend;
        this.maxBodySize = config.maxBodySize().asLongValue();
        this.retryAfterSeconds = config.retryAfter();
        this.timeoutMillis = config.upstreamTimeout().toMillis();
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        Body body = request.getBody();
        BodyLimitStream limited = new BodyLimitStream(body.stream(), maxBodySize);
        request.setBody(Body.body(limited, body.length()));
        addForwardedHeaders(request);
        return context.sendRequest()
                .recover(failure -> Future.succeededFuture(problemResponse(context, failure, limited.exceeded())));
    }

    private static void addForwardedHeaders(ProxyRequest request) {
        HttpServerRequest incoming = request.proxiedRequest();
        SocketAddress client = incoming.remoteAddress();
        if (client != null && client.hostAddress() != null) {
            String earlier = incoming.getHeader("X-Forwarded-For");
            request.putHeader("X-Forwarded-For", earlier == null ? client.hostAddress() : earlier + ", " + client.hostAddress());
        }
        request.putHeader("X-Forwarded-Proto", incoming.scheme());
        HostAndPort authority = incoming.authority();
        if (authority != null) {
            request.putHeader("X-Forwarded-Host", authority.toString());
        }
    }

    private ProxyResponse problemResponse(ProxyContext context, Throwable failure, boolean bodyTooLarge) {
        int status;
        String detail;
        if (bodyTooLarge) {
            status = 413;
            detail = "The request body is larger than the " + maxBodySize + " bytes this API accepts";
            LOG.infof("Stopped a streamed request body to %s at %d bytes", backend.name(), maxBodySize);
        } else if (failure instanceof UpstreamUnavailableException) {
            status = 503;
            detail = "The " + backend.name() + " is not available; try again later";
            LOG.warn(failure.getMessage());
        } else if (failure instanceof TimeoutException) {
            status = 504;
            detail = "The " + backend.name() + " did not answer within " + timeoutMillis + " ms; try again later";
            LOG.warnf("%s did not answer within %d ms", backend.name(), timeoutMillis);
        } else {
            status = 502;
            detail = "The exchange with the " + backend.name() + " broke off";
            LOG.warnf("Exchange with %s failed: %s", backend.name(), failure.toString());
        }
        Problem problem = ProblemResponses.problem(context.request().proxiedRequest(), status, detail);
        ProxyResponse response = context.request().release().response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .setBody(Body.body(problem.toJson()));
        if (status == 503 || status == 504) {
            response.putHeader(HttpHeaders.RETRY_AFTER, Integer.toString(retryAfterSeconds));
        }
        return response;
    }
}
