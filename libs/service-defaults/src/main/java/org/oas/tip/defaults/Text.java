package org.oas.tip.defaults;

/**
 * The one rule for characters in what a caller sends: no U+0000 nor any other C0 control character except TAB, LF and
 * CR, in JSON strings and keys, path segments, query values and the headers the API reads (PostgreSQL refuses NUL, and
 * the others are never meant).
 */
public final class Text {

    /** The rule in words, for problem details. */
    public static final String RULE = "must not contain control characters (U+0000 to U+001F other than tab, line feed and carriage return)";

    private Text() {
    }

    /** Whether the text keeps the rule (null does). */
    public static boolean allowed(CharSequence text) {
        return firstControl(text) < 0;
    }

    /** The index of the first character that breaks the rule, or -1. */
    public static int firstControl(CharSequence text) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return i;
            }
        }
        return -1;
    }

    /** The text with every control character (C0, DEL, C1) written as a {@code \\uXXXX} escape, safe to echo in a detail. */
    public static String visible(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                out.append(String.format("\\u%04X", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
