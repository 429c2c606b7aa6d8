package org.oas.tip.defaults;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * A keyset page asked for by {@code limit} and {@code cursor}. The cursor is opaque to callers: base64url of
 * {@code after:} and the key of the last item of the previous page (an id, a country code...). A bad value of either
 * parameter is a 400 problem naming it.
 *
 * @param limit the page size
 * @param after the key the page starts after, null for the first page
 */
public record PageRequest(int limit, String after) {

    /** Keys that are row ids: the cursors of id-ordered lists. */
    public static final Pattern IDS = Pattern.compile("\\d{1,18}");

    private static final String PREFIX = "after:";

    /**
     * The page these query values ask for; an absent or empty limit is the default one, an absent or empty cursor the
     * first page.
     *
     * @param keys what a key of this list looks like; a cursor naming anything else was not given out by this API
     */
    public static PageRequest of(String limit, String cursor, int defaultLimit, int maxLimit, Pattern keys) {
        return new PageRequest(limit(limit, defaultLimit, maxLimit), after(cursor, keys));
    }

    /** The cursor of the page that follows the one ending with this key. */
    public static String cursorAfter(Object lastKey) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + lastKey).getBytes(StandardCharsets.UTF_8));
    }

    /** The id a cursor of an id-ordered list starts after; 0 (before every id) for an absent or empty cursor. */
    public static long afterId(String cursor) {
        String after = after(cursor, IDS);
        return after == null ? 0 : Long.parseLong(after);
    }

    /** The key a cursor names, or null for an absent or empty cursor. */
    public static String after(String cursor, Pattern keys) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (decoded.startsWith(PREFIX) && keys.matcher(decoded.substring(PREFIX.length())).matches()) {
                return decoded.substring(PREFIX.length());
            }
        } catch (IllegalArgumentException e) {
            // not base64url: falls through to the problem below
        }
        throw Problems.invalidParameter("cursor", "is not a cursor this API gave out (take next from the previous page)");
    }

    /** A limit given as text: absent or empty is the default, anything else a whole number from 1 to the maximum. */
    public static int limit(String raw, int defaultLimit, int maxLimit) {
        if (raw == null || raw.isEmpty()) {
            return defaultLimit;
        }
        try {
            return limit(Integer.parseInt(raw), maxLimit);
        } catch (NumberFormatException e) {
            throw badLimit(maxLimit);
        }
    }

    /** A limit JAX-RS already read as a number: from 1 to the maximum. */
    public static int limit(int limit, int maxLimit) {
        if (limit < 1 || limit > maxLimit) {
            throw badLimit(maxLimit);
        }
        return limit;
    }

    private static RuntimeException badLimit(int maxLimit) {
        return Problems.invalidParameter("limit", "must be a whole number from 1 to " + maxLimit);
    }
}
