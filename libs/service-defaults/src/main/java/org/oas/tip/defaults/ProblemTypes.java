package org.oas.tip.defaults;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The one list of problem {@code type} URIs every service answers with, one per kind of error, under one base URI
 * (documented in the root README, section "Errors"). A client branches on {@code type}, never on {@code detail}.
 */
public final class ProblemTypes {

    public static final String BASE = "https://tip.oas.org/problems/";

    /** 400: a field or parameter breaks a rule (the body parsed into the expected shape). */
    public static final URI VALIDATION = type("validation");
    /** 400: the body is not JSON, has trailing data or a duplicated key, a value of the wrong JSON type, or is empty. */
    public static final URI MALFORMED_BODY = type("malformed-body");
    /** 400: a query parameter the operation does not take. */
    public static final URI UNKNOWN_PARAMETER = type("unknown-parameter");
    /** 400: a query, path or header parameter with a bad value. */
    public static final URI INVALID_PARAMETER = type("invalid-parameter");
    public static final URI UNAUTHORIZED = type("unauthorized");
    public static final URI FORBIDDEN = type("forbidden");
    public static final URI NOT_FOUND = type("not-found");
    public static final URI METHOD_NOT_ALLOWED = type("method-not-allowed");
    public static final URI NOT_ACCEPTABLE = type("not-acceptable");
    public static final URI CONFLICT = type("conflict");
    public static final URI PRECONDITION_FAILED = type("precondition-failed");
    public static final URI TOO_LARGE = type("too-large");
    public static final URI URI_TOO_LONG = type("uri-too-long");
    public static final URI UNSUPPORTED_MEDIA_TYPE = type("unsupported-media-type");
    /** 422: well-formed but refused for what it means (an Idempotency-Key reused with another request). */
    public static final URI UNPROCESSABLE = type("unprocessable");
    public static final URI PRECONDITION_REQUIRED = type("precondition-required");
    public static final URI RATE_LIMITED = type("rate-limited");
    public static final URI HEADERS_TOO_LARGE = type("headers-too-large");
    public static final URI UNAVAILABLE = type("unavailable");
    /** 500: a fault of the service, never the answer to bad input. */
    public static final URI INTERNAL = type("internal");

    private static final Map<Integer, URI> BY_STATUS = Map.ofEntries(
            Map.entry(400, VALIDATION), Map.entry(401, UNAUTHORIZED), Map.entry(403, FORBIDDEN), Map.entry(404, NOT_FOUND),
            Map.entry(405, METHOD_NOT_ALLOWED), Map.entry(406, NOT_ACCEPTABLE), Map.entry(409, CONFLICT),
            Map.entry(412, PRECONDITION_FAILED), Map.entry(413, TOO_LARGE), Map.entry(414, URI_TOO_LONG),
            Map.entry(415, UNSUPPORTED_MEDIA_TYPE), Map.entry(422, UNPROCESSABLE), Map.entry(428, PRECONDITION_REQUIRED),
            Map.entry(429, RATE_LIMITED), Map.entry(431, HEADERS_TOO_LARGE), Map.entry(503, UNAVAILABLE));

    private ProblemTypes() {
    }

    /** Every type of this list, sorted; the OpenAPI documents take their {@code type} enum from it (no second list). */
    public static List<URI> all() {
        List<URI> all = new ArrayList<>();
        for (Field field : ProblemTypes.class.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (field.getType() == URI.class && Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers)) {
                try {
                    all.add((URI) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        all.sort(Comparator.comparing(URI::toString));
        return List.copyOf(all);
    }

    /** The type of a problem that names none itself: the one its status stands for ({@link #INTERNAL} for other 5xx). */
    public static URI forStatus(int status) {
        URI type = BY_STATUS.get(status);
        if (type != null) {
            return type;
        }
        return status >= 500 ? INTERNAL : URI.create(BASE + "http-" + status);
    }

    /** The title that goes with a status (the HTTP reason phrase). */
    public static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 409 -> "Conflict";
            case 412 -> "Precondition Failed";
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 428 -> "Precondition Required";
            case 429 -> "Too Many Requests";
            case 431 -> "Request Header Fields Too Large";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Internal Server Error" : "Error";
        };
    }

    /** A detail for a problem raised without one, in the API's words. */
    public static String defaultDetail(int status) {
        return switch (status) {
            case 400 -> "The request is not valid";
            case 401 -> "A valid bearer token is required for this operation";
            case 403 -> "Your token does not allow this operation";
            case 404 -> "There is no resource at this path";
            case 405 -> "This path does not take this method";
            case 406 -> "This operation answers application/json (or application/problem+json) only; change Accept";
            case 409 -> "The request conflicts with the current state of the resource";
            case 412 -> "The resource changed since you read it; read it again";
            case 413 -> "The request body is too large";
            case 414 -> "The request URI is too long";
            case 415 -> "This operation takes a JSON body: send Content-Type: application/json";
            case 428 -> "Send If-Match with the ETag of the version you are changing";
            case 429 -> "Too many requests; retry later";
            case 431 -> "The request headers are too large";
            case 503 -> "The service is unavailable; retry later";
            default -> status >= 500 ? "The service failed to answer; the request id names it in the logs" : "The request was refused";
        };
    }

    private static URI type(String kind) {
        return URI.create(BASE + kind);
    }
}
