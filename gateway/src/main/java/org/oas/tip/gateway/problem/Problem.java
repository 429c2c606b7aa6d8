package org.oas.tip.gateway.problem;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;

/** An RFC 9457 problem detail that the gateway itself answers with. */
public record Problem(int status, String title, String detail, String instance, String requestId) {

    /** The media type of every error the gateway produces. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem whose title is the standard reason phrase of the status, as RFC 9457 asks for type {@code about:blank}. */
    public static Problem of(int status, String detail, String instance, String requestId) {
        return new Problem(status, HttpResponseStatus.valueOf(status).reasonPhrase(), detail, instance, requestId);
    }

    /** The JSON document, with the request id as an extension member when known. */
    public Buffer toJson() {
        JsonObject json = new JsonObject()
                .put("type", "about:blank")
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", instance);
        if (requestId != null) {
            json.put("requestId", requestId);
        }
        return json.toBuffer();
    }
}
