package org.oas.tip.gateway.lastcalls;

import java.util.List;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import org.oas.tip.gateway.config.GatewayConfig;

/**
 * Sends recorded calls to the registry, {@code POST /api/registry/v1/last-calls}, with the gateway's own token; any
 * answer but 2xx, or no answer within the upstream timeout, is a failure.
 */
@ApplicationScoped
public class LastCallsClient {

    /** Most entries the registry takes in one request. */
    public static final int MAX_BATCH = 1000;

    static final String PATH = "/api/registry/v1/last-calls";

    private final RegistryTokens tokens;
    private final HttpClient client;
    private final String url;
    private final long timeoutMillis;

    public LastCallsClient(Vertx vertx, GatewayConfig config, RegistryTokens tokens) {
        this.tokens = tokens;
        this.timeoutMillis = config.upstreamTimeout().toMillis();
        this.url = config.registryUrl().toString().replaceAll("/+$", "") + PATH;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) Math.min(timeoutMillis, Integer.MAX_VALUE))
                .setMaxPoolSize(1)
                .setKeepAlive(false));
    }

    /** Sends up to {@link #MAX_BATCH} calls in one request; succeeds when the registry took them. */
    public Future<Void> send(List<LastCall> calls) {
        JsonArray entries = new JsonArray();
        calls.forEach(call -> entries.add(call.toJson()));
        Buffer body = new JsonObject().put("calls", entries).toBuffer();
        return Future.fromCompletionStage(tokens.getTokens().subscribeAsCompletionStage())
                .compose(token -> post(token.getAccessToken(), body));
    }

    private Future<Void> post(String accessToken, Buffer body) {
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setAbsoluteURI(url)
                .setIdleTimeout(timeoutMillis)
                .putHeader(HttpHeaderNames.CONTENT_TYPE, "application/json")
                .putHeader(HttpHeaderNames.AUTHORIZATION, "Bearer " + accessToken);
        return client.request(options)
                .compose(request -> request.send(body))
                .compose(response -> response.body().compose(answer -> response.statusCode() / 100 == 2
                        ? Future.<Void>succeededFuture()
                        : Future.failedFuture(new IllegalStateException("the registry answered " + response.statusCode()
                                + detail(answer)))));
    }

    private static String detail(Buffer answer) {
        try {
            String detail = answer.toJsonObject().getString("detail");
            return detail == null ? "" : ": " + detail;
        } catch (RuntimeException notJson) {
            return "";
        }
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
