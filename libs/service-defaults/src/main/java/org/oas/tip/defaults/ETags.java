package org.oas.tip.defaults;

/** Strong entity tags made from row versions, and the If-Match rules around them. */
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
}
