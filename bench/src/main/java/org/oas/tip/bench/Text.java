package org.oas.tip.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Small text helpers for messages and URLs. */
public final class Text {

    private Text() {
    }

    /** One line of at most 300 characters, for error messages. */
    public static String clip(String s) {
        if (s == null) {
            return "null";
        }
        s = s.replace('\n', ' ');
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
