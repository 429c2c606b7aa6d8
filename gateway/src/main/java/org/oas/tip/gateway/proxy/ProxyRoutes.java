package org.oas.tip.gateway.proxy;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.proxy.handler.ProxyHandler;
import io.vertx.httpproxy.HttpProxy;

import org.oas.tip.gateway.config.GatewayConfig;
import org.oas.tip.gateway.lastcalls.LastCallsRecorder;
import org.oas.tip.gateway.ratelimit.RateLimitHandler;

/**
 * Mounts one reverse proxy per backend on its path prefix, behind the per-client rate limit and the record of who
 * called; paths, queries, methods, headers and bodies pass unchanged.
 */
@ApplicationScoped
public class ProxyRoutes {

    private final Vertx vertx;
    private final Backends backends;
    private final GatewayConfig config;
    private final RateLimitHandler rateLimit;
    private final LastCallsRecorder lastCalls;
    private final List<HttpClient> clients = new ArrayList<>();

    public ProxyRoutes(Vertx vertx, Backends backends, GatewayConfig config, RateLimitHandler rateLimit,
            LastCallsRecorder lastCalls) {
        this.vertx = vertx;
        this.backends = backends;
        this.config = config;
        this.rateLimit = rateLimit;
        this.lastCalls = lastCalls;
    }

    void init(@Observes Router router) {
        long timeoutMillis = config.upstreamTimeout().toMillis();
        for (Backend backend : backends.all()) {
            HttpClient client = vertx.createHttpClient(clientOptions(timeoutMillis));
            clients.add(client);
            HttpProxy proxy = HttpProxy.reverseProxy(client)
                    .origin(new UpstreamOrigin(backend, timeoutMillis))
                    .addInterceptor(new UpstreamInterceptor(backend, config));
            router.route(backend.pathPrefix() + "/*")
                    .handler(rateLimit)
                    .handler(lastCalls)
                    .handler(ProxyHandler.create(proxy));
        }
    }

    private HttpClientOptions clientOptions(long timeoutMillis) {
        return new HttpClientOptions()
                .setConnectTimeout((int) Math.min(timeoutMillis, Integer.MAX_VALUE))
                .setMaxPoolSize(config.maxConnectionsPerBackend())
                .setKeepAlive(true)
                .setDecompressionSupported(false);
    }

    @PreDestroy
    void close() {
        clients.forEach(HttpClient::close);
    }
}
