package org.oas.tip.gateway.request;

import java.util.UUID;
import java.util.regex.Pattern;

import io.vertx.core.http.HttpServerRequest;

/** Rules for the {@code X-Request-Id} header: which client values are kept and how new ones are made. */
public final class RequestIds {

    /** The header that carries the id between client, gateway and backends. */
    public static final String HEADER = "X-Request-Id";

    /** The MDC key under which log lines carry the id. */
    public static final String MDC_KEY = "requestId";

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,128}");

    private RequestIds() {
    }

    /** The client's id when it is sane, otherwise a fresh UUID. */
    public static String accept(String candidate) {
        if (candidate != null && SANE.matcher(candidate).matches()) {
            return candidate;
        }
        return UUID.randomUUID().toString();
    }

    /** The id the gateway settled on for this request (set by {@link RequestIdFilter}). */
    public static String of(HttpServerRequest request) {
        return request.getHeader(HEADER);
    }
}
