package org.oas.tip.questionnaire.rules;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.oas.tip.questionnaire.RulesFixture;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A registry whose instrument rules the test steers: served (the registry's committed document, or another revision),
 * or unavailable (503). Its member states are always there, so cycles open.
 */
public class RulesRegistryStub implements QuarkusTestResourceLifecycleManager {

    static volatile boolean serving = true;
    static volatile String document;
    static final AtomicInteger CALLS = new AtomicInteger();

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        document = RulesFixture.document();
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/registry/v1/countries", exchange -> answer(exchange, 200,
                "[{\"iso3\":\"ARG\",\"active\":true},{\"iso3\":\"MEX\",\"active\":true},{\"iso3\":\"USA\",\"active\":true}]"));
        server.createContext("/api/registry/v1/instrument-rules", exchange -> {
            CALLS.incrementAndGet();
            if (serving) {
                RulesFixture.serve(exchange, document);
            } else {
                answer(exchange, 503, "{\"status\":503,\"title\":\"Service Unavailable\"}");
            }
        });
        server.start();
        String url = "http://localhost:" + server.getAddress().getPort();
        return Map.of("quarkus.rest-client.registry.url", url, "%test.quarkus.rest-client.registry.url", url);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
