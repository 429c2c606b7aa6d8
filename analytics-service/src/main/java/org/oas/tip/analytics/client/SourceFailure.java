package org.oas.tip.analytics.client;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;

import java.util.function.Supplier;

/**
 * A source service answered outside 2xx, or did not answer; the message names the service and, when it answered, the
 * status and its detail (in words a user reads in the job's error: no Java names).
 */
public class SourceFailure extends RuntimeException {

    public SourceFailure(String service, Response response) {
        super(service + " answered HTTP " + response.getStatus() + body(response));
    }

    private SourceFailure(String service, ProcessingException cause) {
        super(service + " could not be reached or broke off the connection; take the snapshot again once it is back", cause);
    }

    private SourceFailure(String service, Exception cause, boolean brokeOff) {
        super(service + " broke off its answer before the end; take the snapshot again once it is back", cause);
    }

    /** {@code service}'s answer could not be read to its end (the connection broke, or it ended inside an item). */
    static SourceFailure brokeOff(String service, Exception cause) {
        return new SourceFailure(service, cause, true);
    }

    /** The result of {@code call} to {@code service}; a call that gets no answer fails naming the service. */
    static <T> T calling(String service, Supplier<T> call) {
        try {
            return call.get();
        } catch (ProcessingException e) {
            throw new SourceFailure(service, e);
        }
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
