package org.oas.tip.defaults;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.ConfigProvider;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is refused before any route runs, as problem+json with the request id: a URI longer than
 * {@value #MAX_URI_LENGTH} characters (414), headers over {@value #MAX_HEADER_BYTES} bytes (431), a declared body over
 * {@code quarkus.http.limits.max-body-size} (413), and control characters ({@link Text}) in a path segment, a query
 * value or a header (400). Vert.x's own limits are set above these in each service's application.properties, so these
 * answers are the ones a caller gets. A request target that is not a URI ({@code %zz}, a space) and a
 * percent-encoding that is not UTF-8 are 400s here too, and paths no route serves are answered 404 problem+json.
 */
public class HttpChecks {

    /** The longest request URI (path and query) served. */
    public static final int MAX_URI_LENGTH = 8192;
    /** The most header bytes (names, values and separators) served. */
    public static final int MAX_HEADER_BYTES = 20 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    void register(@Observes Filters filters) {
        long maxBody = ConfigProvider.getConfig().getOptionalValue("quarkus.http.limits.max-body-size", MemorySize.class)
                .map(MemorySize::asLongValue).orElse(10L * 1024 * 1024);
        filters.register(rc -> {
            if (!refused(rc, maxBody)) {
                rc.next();
            }
        }, RequestIdLogging.PRIORITY - 1);
    }

    void fallback(@Observes Router router) {
        router.route().order(Integer.MAX_VALUE).handler(rc -> send(rc, 404, "There is no resource at this path", List.of()));
        // Vert.x Web fails a request whose path it cannot decode (bad percent-encoding) with a bare 400 before any filter
        router.errorHandler(400, rc -> {
            if (!rc.response().headWritten()) {
                String uri = rc.request().uri();
                send(rc, 400, "The request URI is not valid percent-encoded UTF-8",
                        List.of(new Violation(uri.length() > 200 ? uri.substring(0, 200) + "..." : uri, "path", "must be valid percent-encoded UTF-8")));
            }
        });
    }

    private static boolean refused(RoutingContext rc, long maxBody) {
        HttpServerRequest request = rc.request();
        String uri = request.uri();
        if (uri.length() > MAX_URI_LENGTH) {
            return send(rc, 414, "The request URI is " + uri.length() + " characters long; at most " + MAX_URI_LENGTH + " are served", List.of());
        }
        try {
            new java.net.URI(uri); // the check Quarkus makes itself, with a bare 400, unless ServiceMain turns it off
        } catch (java.net.URISyntaxException e) {
            boolean inQuery = uri.indexOf('?') >= 0 && e.getIndex() > uri.indexOf('?');
            String where = inQuery ? "query" : "path";
            String reason = e.getReason() + " at position " + e.getIndex();
            return send(rc, 400, "The request URI is not valid: " + reason, List.of(new Violation(where, where, "is not a valid URI part: " + reason)));
        }
        int headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().getBytes(StandardCharsets.UTF_8).length + 4;
        }
        if (headerBytes > MAX_HEADER_BYTES) {
            return send(rc, 431, "The request headers take " + headerBytes + " bytes; at most " + MAX_HEADER_BYTES + " are served", List.of());
        }
        String length = request.getHeader("Content-Length");
        if (length != null && length.chars().allMatch(Character::isDigit) && !length.isEmpty()
                && (length.length() > 18 || Long.parseLong(length) > maxBody)) {
            return send(rc, 413, "The request body is " + length + " bytes; at most " + maxBody + " are accepted", List.of());
        }
        List<Violation> violations = new ArrayList<>();
        undecodable(uri, violations);
        QueryStringDecoder decoded;
        try {
            decoded = new QueryStringDecoder(uri, StandardCharsets.UTF_8, true, 1024, true);
            for (String segment : decoded.rawPath().split("/")) {
                String value = QueryStringDecoder.decodeComponent(segment, StandardCharsets.UTF_8);
                if (!Text.allowed(value)) {
                    violations.add(new Violation(value, "path", Text.RULE));
                }
            }
            for (Map.Entry<String, List<String>> parameter : decoded.parameters().entrySet()) {
                if (!Text.allowed(parameter.getKey())) {
                    violations.add(new Violation(parameter.getKey(), "query", "is not a parameter name: it " + Text.RULE.substring(0, 1).toLowerCase() + Text.RULE.substring(1)));
                } else if (parameter.getValue().stream().anyMatch(v -> !Text.allowed(v))) {
                    violations.add(new Violation(parameter.getKey(), "query", Text.RULE));
                }
            }
        } catch (IllegalArgumentException e) {
            return send(rc, 400, "The request URI is not valid percent-encoded UTF-8",
                    List.of(new Violation(uri.length() > 200 ? uri.substring(0, 200) + "..." : uri, "path", "must be valid percent-encoded UTF-8")));
        }
        for (Map.Entry<String, String> header : request.headers()) {
            if (!Text.allowed(header.getValue()) || header.getValue().indexOf('\n') >= 0 || header.getValue().indexOf('\r') >= 0) {
                violations.add(new Violation(header.getKey(), "header", Text.RULE));
            }
        }
        // an empty header never reaches the REST layer as a value: refused here rather than read as absent
        String idempotencyKey = request.getHeader(Idempotency.KEY_HEADER);
        if (idempotencyKey != null && idempotencyKey.isEmpty()) {
            violations.add(new Violation(Idempotency.KEY_HEADER, "header", Idempotency.KEY_RULE));
        }
        if (!violations.isEmpty()) {
            return send(rc, 400, null, violations);
        }
        return false;
    }

    /**
     * Adds a violation for each path segment or query parameter whose percent-encoding is not UTF-8 ({@code %FF%FE}):
     * decoders would read it as U+FFFD, a value the caller did not send.
     */
    static void undecodable(String uri, List<Violation> violations) {
        int queryStart = uri.indexOf('?');
        String path = queryStart < 0 ? uri : uri.substring(0, queryStart);
        for (String segment : path.split("/")) {
            if (!utf8(segment)) {
                violations.add(new Violation(segment, "path", "must be valid percent-encoded UTF-8"));
            }
        }
        if (queryStart >= 0) {
            for (String pair : uri.substring(queryStart + 1).split("&")) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                if (!utf8(pair)) {
                    violations.add(new Violation(utf8(name) ? QueryStringDecoder.decodeComponent(name, StandardCharsets.UTF_8) : name, "query",
                            "must be valid percent-encoded UTF-8"));
                }
            }
        }
    }

    private static boolean utf8(String raw) {
        if (raw.indexOf('%') < 0) {
            return true;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0 || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    return false;
                }
                bytes.write(Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    /** The decoded path, or the raw one when it cannot be decoded. */
    private static String instance(RoutingContext rc) {
        try {
            return rc.request().path();
        } catch (RuntimeException undecodable) {
            String uri = rc.request().uri();
            int query = uri.indexOf('?');
            return query < 0 ? uri : uri.substring(0, query);
        }
    }

    /** Answers a problem from below the REST layer; always true (the request was refused). */
    static boolean send(RoutingContext rc, int status, String detail, List<Violation> violations) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", (violations.isEmpty() ? ProblemTypes.forStatus(status)
                : violations.stream().allMatch(v -> "body".equals(v.in())) ? ProblemTypes.VALIDATION : ProblemTypes.INVALID_PARAMETER).toString());
        problem.put("title", ProblemTypes.title(status));
        problem.put("status", status);
        problem.put("detail", detail != null ? detail : Problems.detail(violations));
        problem.put("instance", Text.visible(instance(rc)));
        if (!violations.isEmpty()) {
            problem.put("violations", violations.stream().map(Violation::asMap).toList());
        }
        Object id = rc.get(RequestIdLogging.MDC_KEY);
        if (id == null) { // refused before the request id filter ran
            id = RequestIdLogging.requestId(rc.request().getHeader(RequestIdLogging.HEADER));
            rc.response().putHeader(RequestIdLogging.HEADER, id.toString());
        }
        problem.put("requestId", id);
        String body;
        try {
            body = JSON.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings is JSON", e);
        }
        if (status == 413 || status == 431 || status == 414) {
            rc.response().putHeader("Connection", "close");
        }
        rc.response().setStatusCode(status).putHeader("Content-Type", "application/problem+json").end(body);
        return true;
    }
}
