package org.oas.tip.analytics.client;

import jakarta.ws.rs.core.Response;

/** A source service answered outside 2xx; the message names the service, the status and its detail. */
public class SourceFailure extends RuntimeException {

    public SourceFailure(String service, Response response) {
        super(service + " answered HTTP " + response.getStatus() + body(response));
    }

    private static String body(Response response) {
        if (!response.hasEntity()) {
            return "";
        }
        try {
            String body = response.readEntity(String.class);
            return body == null || body.isBlank() ? "" : ": " + (body.length() > 500 ? body.substring(0, 500) : body);
        } catch (RuntimeException unreadable) {
            return "";
        }
    }
}
