package org.oas.tip.gateway.proxy;

import org.jboss.logging.Logger;

import io.vertx.core.Future;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.httpproxy.OriginRequestProvider;
import io.vertx.httpproxy.ProxyContext;

/**
 * Opens the request to one backend with the upstream timeout as both the wait for a connection and the allowed silence
 * while waiting for the answer, and marks connection failures so that they become 503 rather than 502.
 */
final class UpstreamOrigin implements OriginRequestProvider {

    private static final Logger LOG = Logger.getLogger(UpstreamOrigin.class);

    private final Backend backend;
    private final long timeoutMillis;

    UpstreamOrigin(Backend backend, long timeoutMillis) {
        this.backend = backend;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public Future<HttpClientRequest> create(ProxyContext proxyContext) {
        RequestOptions options = new RequestOptions()
                .setHost(backend.host())
                .setPort(backend.port())
                .setSsl(backend.secure())
                .setConnectTimeout(timeoutMillis)
                .setIdleTimeout(timeoutMillis);
        return proxyContext.client().request(options)
                // failures reach the client through the response future; without a handler Vert.x logs them as errors
                .map(request -> request.exceptionHandler(failure -> LOG.debugf("%s: %s", backend.name(), failure)))
                .recover(failure -> Future.failedFuture(new UpstreamUnavailableException(backend, failure)));
    }
}
