package org.oas.tip.gateway.lastcalls;

import java.time.Instant;

import io.vertx.core.json.JsonObject;

/**
 * One caller's latest call through the gateway: the token's subject, the client it used ({@code azp}), its
 * {@code preferred_username} (or null) and when, in milliseconds since the epoch.
 */
public record LastCall(String subject, String clientId, String username, long atMillis) {

    /** The later of two calls by the same subject (the first when both are as late). */
    static LastCall later(LastCall a, LastCall b) {
        return b.atMillis > a.atMillis ? b : a;
    }

    /** The entry as the registry takes it: {@code subject}, {@code clientId}, {@code username}, {@code at} (UTC). */
    JsonObject toJson() {
        return new JsonObject()
                .put("subject", subject)
                .put("clientId", clientId)
                .put("username", username)
                .put("at", Instant.ofEpochMilli(atMillis).toString());
    }
}
