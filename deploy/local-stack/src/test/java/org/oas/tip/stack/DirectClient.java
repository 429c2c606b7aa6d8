package org.oas.tip.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Calls one service directly (not through the gateway, whose rate limit of 600 requests a minute per client would
 * throttle a load) with the secretariat's token, and lets a connection error through as an {@link IOException}, which is
 * what a client sees while a service is down: the durability tests retry on it.
 */
final class DirectClient {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String base;
    private final String token;

    /** Talks to {@code http://localhost:<port>} with that bearer token. */
    DirectClient(int port, String token) {
        this.base = "http://localhost:" + port;
        this.token = token;
    }

    /** One answer: status, body and ETag. */
    record Answer(int status, String body, String etag) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        /** This answer if it has that status; otherwise fails with what the service said. */
        Answer expect(int expected, String what) {
            if (status != expected) {
                throw new AssertionError(what + ": expected " + expected + ", got " + status + ": " + body);
            }
            return this;
        }
    }

    /** Sends the request ({@code headers}: name, value pairs; a null body sends none); a connection error is thrown. */
    Answer send(String method, String path, String body, String... headers) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body(), r.headers().firstValue("ETag").orElse(null));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    Answer get(String path) throws IOException {
        return send("GET", path, null);
    }

    /** A call that must get through (the service is up): a connection error fails the test. */
    Answer call(String method, String path, String body, String... headers) {
        try {
            return send(method, path, body, headers);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + base + path, e);
        }
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
