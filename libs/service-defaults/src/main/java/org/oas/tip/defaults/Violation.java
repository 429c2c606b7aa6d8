package org.oas.tip.defaults;

/**
 * One thing wrong with a request, in the shape quarkus-resteasy-problem gives Bean Validation errors.
 *
 * @param field the JSON path of the offending field (or the parameter name)
 * @param in    where it was: body, query, path or header
 */
public record Violation(String field, String in, String message) {

    /** Control characters of a name the caller sent are shown escaped ({@code \\u0000}), never echoed raw. */
    public Violation {
        field = Text.visible(field);
    }

    public static Violation body(String field, String message) {
        return new Violation(field, "body", message);
    }

    /** As it is written in a problem's {@code violations}. */
    public java.util.Map<String, Object> asMap() {
        return java.util.Map.of("field", field, "in", in, "message", message);
    }
}
