package org.oas.tip.gateway.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Starts plain Vert.x servers standing in for the three services, one that accepts requests and never answers, one that
 * hangs up on every API request, and
 * reserves a port where nothing listens, publishing their URLs as {@code stub.*-url} properties. The registry stub also
 * takes the gateway's reports of last calls (204, or the status a test sets).
 */
public class StubBackends implements QuarkusTestResourceLifecycleManager {

    // Each echo stub records every complete request and shows the list at GET /__stub/requests (DELETE clears it),
    // so that tests read what the backend saw over HTTP, whatever class loader or JVM they run in.

    private Vertx vertx;
    private Map<String, String> urls = Map.of();

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        urls = new HashMap<>();
        for (String name : List.of("questionnaire", "registry", "analytics")) {
            urls.put("stub." + name + "-url", "http://localhost:" + listen(echo(name)));
        }
        urls.put("stub.hanging-url", "http://localhost:" + listen(request -> {
            // accepts the request and stays silent
        }));
        urls.put("stub.closing-url", "http://localhost:" + listen(request -> {
            if (request.path().equals("/q/health/ready")) {
                request.response().end("{\"status\":\"UP\"}");
            } else {
                // reads the request, then hangs up without an answer
                request.body().onComplete(ignored -> request.connection().close());
            }
        }));
        urls.put("stub.dead-url", "http://localhost:" + freePort());
        // also for the test JVM itself, where an integration test has no Quarkus config to read them from
        urls.forEach(System::setProperty);
        return urls;
    }

    private int listen(Handler<HttpServerRequest> handler) {
        HttpServer server = vertx.createHttpServer().requestHandler(handler);
        try {
            return server.listen(0, "localhost").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS)
                    .actualPort();
        } catch (Exception e) {
            throw new IllegalStateException("Stub backend did not start", e);
        }
    }

    private static Handler<HttpServerRequest> echo(String name) {
        List<JsonObject> received = new CopyOnWriteArrayList<>();
        // the answer to the gateway's reports of last calls (POST .../last-calls): 204, or what PUT /__stub/last-calls-status sets
        AtomicInteger lastCallsStatus = new AtomicInteger(204);
        return request -> {
            String path = request.path();
            if (path.equals("/__stub/requests")) {
                if (request.method().name().equals("DELETE")) {
                    received.clear();
                    lastCallsStatus.set(204);
                }
                request.response().putHeader("Content-Type", "application/json").end(new JsonArray(List.copyOf(received)).encode());
                return;
            }
            if (path.equals("/__stub/last-calls-status")) {
                request.body().onSuccess(body -> {
                    lastCallsStatus.set(Integer.parseInt(body.toString().trim()));
                    request.response().end();
                });
                return;
            }
            if (path.equals("/q/health/ready")) {
                request.response().putHeader("Content-Type", "application/json").end("{\"status\":\"UP\",\"checks\":[]}");
                return;
            }
            request.body().onSuccess(body -> {
                JsonObject headers = new JsonObject();
                request.headers().forEach(header -> headers.put(header.getKey().toLowerCase(), header.getValue()));
                JsonObject seen = new JsonObject()
                        .put("backend", name)
                        .put("method", request.method().name())
                        .put("uri", request.uri())
                        .put("headers", headers)
                        .put("body", body.toString());
                received.add(seen);
                if (path.endsWith("/last-calls")) {
                    int status = lastCallsStatus.get();
                    request.response().setStatusCode(status);
                    if (status == 204) {
                        request.response().end();
                    } else {
                        request.response().putHeader("Content-Type", "application/problem+json")
                                .end("{\"status\":" + status + ",\"detail\":\"stub registry answers " + status + "\"}");
                    }
                    return;
                }
                if (path.endsWith("/conflict")) {
                    // a backend's own problem+json, which the gateway must pass on untouched
                    request.response().setStatusCode(409)
                            .putHeader("Content-Type", "application/problem+json")
                            .putHeader("X-Backend", name)
                            .end("{\"type\":\"urn:tip:conflict\",\"title\":\"Conflict\",\"status\":409,\"detail\":\"from " + name + "\"}");
                    return;
                }
                request.response().putHeader("Content-Type", "application/json").putHeader("X-Backend", name).end(seen.encode());
            });
        };
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        urls.keySet().forEach(System::clearProperty);
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
        }
    }
}
