package org.oas.tip.registry.rules;

/**
 * The regular expressions of the instrument rules, written so that they mean the same in ECMA-262 (what a JSON Schema
 * {@code pattern} is, with or without the {@code u} flag) and in {@code java.util.regex} (what this service and the
 * questionnaire validate with). Hence: no {@code \s}, {@code \S}, {@code \w} or {@code .} (their sets differ), no
 * supplementary characters, and every pattern ends with {@code $(?![\s\S])}: Java's {@code $} also matches before a
 * final line terminator, the look-ahead makes both engines stop at the very end.
 */
public final class Patterns {

    /** Spaces a telephone number, e-mail or URL in {@code channel.contact} may carry around it (the check strips them). */
    static final String SPACES = "\\t\\n\\u000B\\f\\r \\u0085\\u00A0\\u2028\\u2029";
    private static final String SPACE = "[" + SPACES + "]*";

    /** A telephone number: 145, 911, 0800-222-1717, +1 (888) 373-7888, 2222-2222 ext. 12. */
    public static final String PHONE = "\\+?[0-9][0-9 ()./-]{1,29}(?: ?(?:ext\\.?|x) ?[0-9]{1,6})?";

    /** Something@somewhere.tld, without spaces. */
    public static final String EMAIL = "[^@" + SPACES + "]+@[^@" + SPACES + "]+\\.[^@" + SPACES + "]+";

    /** What {@code String.trim()} removes, so a value made only of it is blank ({@code @NotBlank}). */
    public static final String BLANK = "[\\u0000-\\u0020]*";

    /** Non-ASCII characters java.net.URI takes in a URL ("other": not a control or space character), BMP only. */
    private static final String OTHER = "\\u00A1-\\u167F\\u1681-\\u1FFF\\u200B-\\u2027\\u202A-\\u202E\\u2030-\\u205E"
            + "\\u2060-\\u2FFF\\u3001-\\uD7FF\\uE000-\\uFFFF";
    private static final String ESCAPED = "%[0-9A-Fa-f]{2}";
    /** RFC 2396 unreserved characters (java.net.URI follows RFC 2396). */
    private static final String UNRESERVED = "A-Za-z0-9_.!~*'()" + OTHER + "-";
    private static final String USERINFO = "(?:(?:[;:&=+$," + UNRESERVED + "]|" + ESCAPED + ")*@)?";
    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?";
    private static final String TOP_LABEL = "[A-Za-z](?:[A-Za-z0-9-]*[A-Za-z0-9])?";
    private static final String OCTET = "(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])";
    private static final String HOST = "(?:(?:" + LABEL + "|(?:" + LABEL + "\\.)+" + TOP_LABEL + ")\\.?"
            + "|(?:" + OCTET + "\\.){3}" + OCTET
            + "|\\[[0-9A-Fa-f:.]+\\])";
    private static final String PATH = "(?:/(?:[;:@&=+$,/" + UNRESERVED + "]|" + ESCAPED + ")*)?";
    private static final String QUERY = "(?:[;/?:@&=+$,\\[\\]" + UNRESERVED + "]|" + ESCAPED + ")*";

    /**
     * An absolute http or https URL with a host, as {@code java.net.URI} parses one (the registry's rule before the
     * rules became a schema): scheme in any case, optional user info, a host name whose last label starts with a
     * letter, an IPv4 address or a bracketed IPv6 one, optional port, then path, query and fragment without spaces.
     */
    public static final String WEB_LINK = "[Hh][Tt][Tt][Pp][Ss]?://" + USERINFO + HOST + "(?::[0-9]*)?" + PATH
            + "(?:\\?" + QUERY + ")?(?:#" + QUERY + ")?";

    private Patterns() {
    }

    /** The whole value must match {@code body}. */
    public static String anchored(String body) {
        return "^(?:" + body + ")$(?![\\s\\S])";
    }

    /** The whole value is blank, or {@code body} with spaces around it (a blank contact is no contact). */
    public static String padded(String body) {
        return "^" + SPACE + "(?:(?:" + body + ")" + SPACE + ")?$(?![\\s\\S])";
    }

    /** Not blank: at least one character {@code String.trim()} would keep. */
    public static String notBlank() {
        return "^" + BLANK + "[^\\u0000-\\u0020][\\s\\S]*$(?![\\s\\S])";
    }
}
