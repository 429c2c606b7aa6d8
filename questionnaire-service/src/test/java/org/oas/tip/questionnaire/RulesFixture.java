package org.oas.tip.questionnaire;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The registry's instrument rules, as the registry's own test proves it generates them today: the stubs serve this
 * very file, so the questionnaire is tested against the registry's real rules and the two cannot drift apart.
 */
public final class RulesFixture {

    /** Committed by the registry (registry-service's InstrumentRulesTest fails when its document differs). */
    public static final Path FILE = Path.of("../registry-service/src/test/resources/instrument-rules.json");

    private RulesFixture() {
    }

    public static String document() {
        try {
            return Files.readString(FILE);
        } catch (IOException e) {
            throw new UncheckedIOException("the registry's rules fixture " + FILE.toAbsolutePath() + " cannot be read", e);
        }
    }

    public static String revision() {
        try {
            return new ObjectMapper().readTree(document()).get("revision").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers GET /api/registry/v1/instrument-rules as the registry does: the document with its ETag, or 304. */
    public static HttpHandler handler() {
        return exchange -> serve(exchange, document());
    }

    /** Serves this document (its {@code revision} is the ETag). */
    public static void serve(HttpExchange exchange, String document) throws IOException {
        String etag = "\"" + new ObjectMapper().readTree(document).get("revision").asText() + "\"";
        exchange.getResponseHeaders().add("ETag", etag);
        exchange.getResponseHeaders().add("Cache-Control", "max-age=300");
        if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            exchange.sendResponseHeaders(304, -1);
            exchange.close();
            return;
        }
        byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
