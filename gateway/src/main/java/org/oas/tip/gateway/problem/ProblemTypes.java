package org.oas.tip.gateway.problem;

/**
 * The problem {@code type} URIs the gateway answers with: the project's one list under one base URI (the services'
 * {@code ProblemTypes} in libs/service-defaults, documented in the root README, "Errors"), kept here because the
 * gateway does not use that library.
 */
public final class ProblemTypes {

    public static final String BASE = "https://tip.oas.org/problems/";

    public static final String INVALID_PARAMETER = BASE + "invalid-parameter";
    public static final String UNAUTHORIZED = BASE + "unauthorized";
    public static final String FORBIDDEN = BASE + "forbidden";
    public static final String NOT_FOUND = BASE + "not-found";
    public static final String METHOD_NOT_ALLOWED = BASE + "method-not-allowed";
    public static final String TOO_LARGE = BASE + "too-large";
    public static final String URI_TOO_LONG = BASE + "uri-too-long";
    public static final String RATE_LIMITED = BASE + "rate-limited";
    public static final String HEADERS_TOO_LARGE = BASE + "headers-too-large";
    public static final String UNAVAILABLE = BASE + "unavailable";
    public static final String INTERNAL = BASE + "internal";

    private ProblemTypes() {
    }

    /**
     * The type of a problem the gateway makes with this status. 502, 503 and 504 are all {@code unavailable}: the
     * service behind the path cannot give an answer now, and the status says whether it was down (503), silent (504) or
     * broke off (502).
     */
    public static String forStatus(int status) {
        return switch (status) {
            case 400 -> INVALID_PARAMETER;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 413 -> TOO_LARGE;
            case 414 -> URI_TOO_LONG;
            case 429 -> RATE_LIMITED;
            case 431 -> HEADERS_TOO_LARGE;
            case 502, 503, 504 -> UNAVAILABLE;
            default -> INTERNAL;
        };
    }
}
