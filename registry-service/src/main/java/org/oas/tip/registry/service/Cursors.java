package org.oas.tip.registry.service;

import org.oas.tip.defaults.Problems;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque page cursors: the id after which the next page starts. */
final class Cursors {

    private static final String PREFIX = "after:";

    private Cursors() {
    }

    static String of(long lastId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + lastId).getBytes(StandardCharsets.UTF_8));
    }

    static long after(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (decoded.startsWith(PREFIX)) {
                return Long.parseLong(decoded.substring(PREFIX.length()));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the problem below
        }
        throw Problems.invalidParameter("cursor", "is not a cursor this API gave out");
    }
}
