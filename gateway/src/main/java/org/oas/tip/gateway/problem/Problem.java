package org.oas.tip.gateway.problem;

import java.util.List;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * An RFC 9457 problem detail that the gateway itself answers with.
 *
 * @param type       one of {@link ProblemTypes}
 * @param instance   the request path, or null when it is not worth echoing (a URI over the limit)
 * @param violations for 400s, what is wrong and where; empty otherwise
 */
public record Problem(String type, int status, String title, String detail, String instance, String requestId,
                      List<Violation> violations) {

    /** The media type of every error the gateway produces. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** One offending part of the request: {@code in} is path, query or header. */
    public record Violation(String field, String in, String message) {
    }

    /** A problem of the type that goes with the status, titled with the status' reason phrase. */
    public static Problem of(int status, String detail, String instance, String requestId) {
        return new Problem(ProblemTypes.forStatus(status), status, HttpResponseStatus.valueOf(status).reasonPhrase(), detail,
                instance, requestId, List.of());
    }

    /** The same problem listing what is wrong. */
    public Problem withViolations(List<Violation> list) {
        return new Problem(type, status, title, detail, instance, requestId, List.copyOf(list));
    }

    /** The same problem without the request path. */
    public Problem withoutInstance() {
        return new Problem(type, status, title, detail, null, requestId, violations);
    }

    /** The JSON document, with the request id and the violations as extension members when there are any. */
    public Buffer toJson() {
        JsonObject json = new JsonObject()
                .put("type", type)
                .put("title", title)
                .put("status", status)
                .put("detail", detail);
        if (instance != null) {
            json.put("instance", instance);
        }
        if (requestId != null) {
            json.put("requestId", requestId);
        }
        if (!violations.isEmpty()) {
            JsonArray list = new JsonArray();
            violations.forEach(v -> list.add(new JsonObject().put("field", v.field()).put("in", v.in()).put("message", v.message())));
            json.put("violations", list);
        }
        return json.toBuffer();
    }
}
