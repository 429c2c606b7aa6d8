package org.oas.tip.defaults;

/**
 * One thing wrong with a request, in the shape quarkus-resteasy-problem gives Bean Validation errors.
 *
 * @param field the JSON path of the offending field (or the parameter name)
 * @param in    where it was: body, query, path or header
 */
public record Violation(String field, String in, String message) {

    public static Violation body(String field, String message) {
        return new Violation(field, "body", message);
    }
}
