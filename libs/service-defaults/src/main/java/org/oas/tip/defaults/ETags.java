package org.oas.tip.defaults;

import jakarta.ws.rs.core.Response;

/**
 * Strong entity tags made from row versions, and the If-Match rules around them: a resource answers with
 * {@link #ok(Versioned)} (or {@link #tagged}), a change reads If-Match with {@link #expectedVersion} and its service
 * refuses a stale one with {@link #requireVersion}.
 */
public final class ETags {

    /** If-Match as RFC 9110 writes it: {@code *}, or a comma-separated list of (possibly weak) quoted entity tags. */
    private static final java.util.regex.Pattern ENTITY_TAGS = java.util.regex.Pattern.compile(
            "[ \\t]*(\\*|(W/)?\"[\\x21\\x23-\\x7e]*\"([ \\t]*,[ \\t]*(W/)?\"[\\x21\\x23-\\x7e]*\")*)[ \\t]*");

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an If-Match header names, compared strongly (RFC 9110 13.1.1): a weak tag ({@code W/"3"}) never
     * matches, nor does {@code *} or a tag that is not one of ours.
     *
     * @return the version, or -1 when the tag names no version of ours (the change is then refused as stale, 412)
     * @throws io.quarkiverse.resteasy.problem.HttpProblem 428 when the header is absent, 400 naming it when it is not an
     *                                                     entity tag (nor a list of them, nor {@code *})
     */
    public static long expectedVersion(String ifMatch) {
        if (ifMatch == null) {
            throw Problems.preconditionRequired();
        }
        if (!ENTITY_TAGS.matcher(ifMatch).matches()) {
            throw Problems.invalidParameter("If-Match", "header", "must be an entity tag such as \"3\" (the ETag of the version you read)");
        }
        String tag = ifMatch.strip();
        if (tag.length() > 2 && tag.startsWith("\"") && tag.endsWith("\"") && tag.indexOf('"', 1) == tag.length() - 1) {
            String version = tag.substring(1, tag.length() - 1);
            if (version.matches("0|[1-9][0-9]{0,17}")) {
                return Long.parseLong(version);
            }
        }
        return -1;
    }

    /** 200 with the resource and the ETag of its version. */
    public static Response ok(Versioned<?> resource) {
        return tagged(Response.ok(), resource).build();
    }

    /** The response being built (201, a replay's 200...) with the resource and the ETag of its version. */
    public static Response.ResponseBuilder tagged(Response.ResponseBuilder response, Versioned<?> resource) {
        return response.entity(resource.body()).tag(Long.toString(resource.version()));
    }

    /**
     * Refuses a change to a row that is no longer at the version the caller read.
     *
     * @throws io.quarkiverse.resteasy.problem.HttpProblem 412 with the current ETag when the versions differ
     */
    public static void requireVersion(long current, long expected) {
        if (current != expected) {
            throw Problems.preconditionFailed(of(current));
        }
    }
}
