package org.oas.tip.gateway.request;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

import org.oas.tip.gateway.config.GatewayConfig;
import org.oas.tip.gateway.problem.Problem;
import org.oas.tip.gateway.problem.Problem.Violation;
import org.oas.tip.gateway.problem.ProblemResponses;
import org.oas.tip.gateway.problem.ProblemTypes;

/**
 * Turns away, before authentication and routing, requests the gateway will not forward: a request target over
 * {@code tip.gateway.max-uri-length} (414), headers over {@code tip.gateway.max-header-size} (431), and paths a
 * backend or the gateway's router could read as another path than the one written: dot-segments ({@code .},
 * {@code ..}, encoded or not), encoded slashes and backslashes, and percent signs not followed by two hex digits (400).
 */
@ApplicationScoped
public class RequestLimits {

    /** After the request id (1000), so that every refusal carries it; ahead of authentication (200). */
    static final int PRIORITY = 900;

    private final int maxUriLength;
    private final long maxHeaderSize;

    public RequestLimits(GatewayConfig config) {
        this.maxUriLength = config.maxUriLength();
        this.maxHeaderSize = config.maxHeaderSize().asLongValue();
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.uri().length() > maxUriLength) {
            ProblemResponses.send(ctx, ProblemResponses.problem(request, 414,
                    "The request URI is " + request.uri().length() + " characters long; this API accepts up to " + maxUriLength)
                    .withoutInstance());
            return;
        }
        long headerSize = headerSize(request);
        if (headerSize > maxHeaderSize) {
            ProblemResponses.send(ctx, 431, "The request headers take " + headerSize + " bytes; this API accepts up to "
                    + maxHeaderSize);
            return;
        }
        List<Violation> violations = violations(request);
        if (!violations.isEmpty()) {
            ProblemResponses.send(ctx, badUri(request, violations));
            return;
        }
        ctx.next();
    }

    /** A 400 naming what is wrong with the request target. */
    public static Problem badUri(HttpServerRequest request, List<Violation> violations) {
        return ProblemResponses.problem(request, 400, "The request URI is not acceptable: the request "
                + violations.get(0).field() + " " + violations.get(0).message())
                .withViolations(violations);
    }

    /** What is wrong with the request target (path and query), or nothing. */
    public static List<Violation> violations(HttpServerRequest request) {
        List<Violation> violations = new ArrayList<>();
        Violation syntax = uriSyntax(request.uri());
        if (syntax != null) {
            violations.add(syntax);
        }
        String pathViolation = violations.isEmpty() ? pathViolation(request.path()) : null;
        if (pathViolation != null) {
            violations.add(new Violation("path", "path", pathViolation));
        }
        String query = request.query();
        if (violations.isEmpty() && query != null && !wellEncoded(query)) {
            violations.add(new Violation("query", "query", "has a '%' that is not followed by two hexadecimal digits"));
        }
        return violations;
    }

    /**
     * The part of the request target (path or query) that is not a URI at all (a character URIs do not allow, a bad
     * percent-encoding), or null: the check Quarkus makes before any route when it is on ({@code GatewayMain}).
     */
    static Violation uriSyntax(String uri) {
        int query = uri.indexOf('?');
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            // a URI is printable ASCII; java.net.URI would let other Unicode characters (raw bytes) through
            if (c <= 0x20 || c >= 0x7F) {
                boolean inQuery = query >= 0 && i > query;
                return new Violation(inQuery ? "query" : "path", inQuery ? "query" : "path",
                        "has a character that is not allowed in a URI (at position " + i + "); percent-encode it");
            }
        }
        try {
            new URI(uri);
            return null;
        } catch (URISyntaxException e) {
            boolean inQuery = query >= 0 && e.getIndex() > query;
            String message = wellEncoded(inQuery ? uri.substring(query + 1) : (query >= 0 ? uri.substring(0, query) : uri))
                    ? "has a character that is not allowed in a URI (at position " + e.getIndex() + ")"
                    : "has a '%' that is not followed by two hexadecimal digits";
            return new Violation(inQuery ? "query" : "path", inQuery ? "query" : "path", message);
        }
    }

    private static long headerSize(HttpServerRequest request) {
        long size = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            // name, ": ", value, CRLF: what the client sent, give or take whitespace
            size += header.getKey().length() + header.getValue().length() + 4;
        }
        return size;
    }

    /** Why the path may not be forwarded as written, or null when it may. */
    static String pathViolation(String path) {
        if (path == null) {
            return "is missing";
        }
        if (!wellEncoded(path)) {
            return "has a '%' that is not followed by two hexadecimal digits";
        }
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || path.indexOf('\\') >= 0) {
            return "has an encoded slash or a backslash";
        }
        for (String segment : lower.split("/", -1)) {
            String decoded = segment.replace("%2e", ".");
            if (decoded.equals(".") || decoded.equals("..")) {
                return "has a '.' or '..' segment";
            }
        }
        return null;
    }

    /** Whether every '%' is followed by two hexadecimal digits. */
    static boolean wellEncoded(String text) {
        for (int i = text.indexOf('%'); i >= 0; i = text.indexOf('%', i + 1)) {
            if (i + 2 >= text.length() || Character.digit(text.charAt(i + 1), 16) < 0 || Character.digit(text.charAt(i + 2), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
