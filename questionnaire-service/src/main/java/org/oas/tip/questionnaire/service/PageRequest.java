package org.oas.tip.questionnaire.service;

import org.oas.tip.defaults.Problems;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * A keyset page asked for by {@code limit} and {@code cursor}: the cursor is opaque to callers (base64url of
 * {@code after:} and the last country code of the previous page, the registry's cursor format with a country for the
 * id); a bad value of either is a 400 naming the parameter.
 */
public record PageRequest(int limit, String afterCountry) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    private static final String PREFIX = "after:";
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");

    /** The page these query values ask for; absent or blank ones mean the default limit and the first page. */
    public static PageRequest of(String limit, String cursor) {
        return new PageRequest(limit(limit), after(cursor));
    }

    /** The cursor of the page that follows the one ending with this country. */
    public static String cursorAfter(String country) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + country).getBytes(StandardCharsets.UTF_8));
    }

    private static int limit(String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(raw.trim());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // falls through to the problem below
        }
        throw Problems.invalidParameter("limit", "must be a whole number from 1 to " + MAX_LIMIT);
    }

    private static String after(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8);
            if (decoded.startsWith(PREFIX) && COUNTRY.matcher(decoded.substring(PREFIX.length())).matches()) {
                return decoded.substring(PREFIX.length());
            }
        } catch (IllegalArgumentException e) {
            // falls through to the problem below
        }
        throw Problems.invalidParameter("cursor", "is not a cursor this API gave out (take next from the previous page)");
    }
}
