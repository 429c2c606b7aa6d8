package org.oas.tip.defaults;

import jakarta.ws.rs.core.Response;

/**
 * Strong entity tags made from row versions, and the If-Match rules around them: a resource answers with
 * {@link #ok(Versioned)} (or {@link #tagged}), a change reads If-Match with {@link #expectedVersion} and its service
 * refuses a stale one with {@link #requireVersion}.
 */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an If-Match header names.
     *
     * @return the version, or -1 when the tag names no version of ours (the change is then refused as stale)
     * @throws io.quarkiverse.resteasy.problem.HttpProblem 428 when the header is absent
     */
    public static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw Problems.preconditionRequired();
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() > 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            try {
                return Long.parseLong(tag.substring(1, tag.length() - 1));
            } catch (NumberFormatException e) {
                // not one of our tags: treated as stale
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
