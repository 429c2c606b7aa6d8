package org.oas.tip.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Calls to a service's API with a bearer token; each answer carries how long the call took (the token is got before). */
public final class ApiClient {

    private final HttpClient http;
    private final TokenSource tokens;
    private final Duration timeout;

    public ApiClient(HttpClient http, TokenSource tokens, Duration timeout) {
        this.http = http;
        this.tokens = tokens;
        this.timeout = timeout;
    }

    /** One answer, and the time from sending the request to having read the whole body. */
    public record Response(String method, String url, int status, String body, String etag, long nanos) {

        public JsonNode json() {
            return Json.tree(body);
        }

        /** This answer if it has that status; otherwise fails with what the service said. */
        public Response expect(int expected) {
            if (status != expected) {
                throw new IllegalStateException(method + " " + url + ": expected " + expected + ", got " + status + ": " + Text.clip(body));
            }
            return this;
        }
    }

    /** Sends the request; {@code headers} are name, value pairs; a null body sends none. */
    public Response send(String method, String url, String body, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Authorization", "Bearer " + tokens.token());
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpRequest request = b.build();
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        long t = System.nanoTime() - t0;
        return new Response(method, url, r.statusCode(), r.body(), r.headers().firstValue("ETag").orElse(null), t);
    }

    public Response get(String url) throws IOException, InterruptedException {
        return send("GET", url, null);
    }
}
