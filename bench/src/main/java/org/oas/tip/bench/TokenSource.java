package org.oas.tip.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Access tokens of one Keycloak client (client-credentials grant), kept until a minute before they expire. */
public final class TokenSource {

    private final String tokenUrl;
    private final String form;
    private final HttpClient http = Http.client(Duration.ofSeconds(2));
    private String token;
    private long renewAt;

    public TokenSource(String tokenUrl, String clientId, String secret) {
        this.tokenUrl = tokenUrl;
        this.form = "grant_type=client_credentials&client_id=" + Text.enc(clientId) + "&client_secret=" + Text.enc(secret);
    }

    public synchronized String token() throws IOException, InterruptedException {
        if (token == null || System.currentTimeMillis() > renewAt) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(tokenUrl)).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("no token from " + tokenUrl + ": " + r.statusCode() + " " + Text.clip(r.body()));
            }
            JsonNode t = Json.tree(r.body());
            token = t.path("access_token").asText();
            renewAt = System.currentTimeMillis() + (t.path("expires_in").asLong() - 60) * 1000;
        }
        return token;
    }
}
