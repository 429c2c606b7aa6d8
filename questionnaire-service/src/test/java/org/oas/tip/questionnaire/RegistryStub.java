package org.oas.tip.questionnaire;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Stands in for the registry's public list of member states (ARG, MEX and USA active, Cuba not) and its instrument rules. */
public class RegistryStub implements QuarkusTestResourceLifecycleManager {

    static final String COUNTRIES = "[{\"iso3\":\"ARG\",\"active\":true},{\"iso3\":\"MEX\",\"active\":true},"
            + "{\"iso3\":\"USA\",\"active\":true},{\"iso3\":\"CUB\",\"active\":false}]";

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/registry/v1/countries", exchange -> {
            // the registry filters on ?active=true itself; the stub answers as it would
            String body = exchange.getRequestURI().getQuery() != null && exchange.getRequestURI().getQuery().contains("active=true")
                    ? COUNTRIES.replace(",{\"iso3\":\"CUB\",\"active\":false}", "") : COUNTRIES;
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.createContext("/api/registry/v1/instrument-rules", RulesFixture.handler());
        server.start();
        return Map.of("registry-stub.url", "http://localhost:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
