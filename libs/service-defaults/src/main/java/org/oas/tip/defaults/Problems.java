package org.oas.tip.defaults;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/**
 * The problem+json errors a service raises itself, each with its {@link ProblemTypes type}; the mappers of this library
 * give the same shape to what the framework refuses (JSON, parameters, media types, security).
 */
public final class Problems {

    private Problems() {
    }

    public static HttpProblem notFound(String what) {
        return HttpProblem.builder()
                .withType(ProblemTypes.NOT_FOUND)
                .withStatus(Response.Status.NOT_FOUND)
                .withTitle("Not Found")
                .withDetail(what + " does not exist")
                .build();
    }

    /** Another service this one needs did not answer; the caller may retry. */
    public static HttpProblem unavailable(String detail) {
        return HttpProblem.builder()
                .withType(ProblemTypes.UNAVAILABLE)
                .withStatus(Response.Status.SERVICE_UNAVAILABLE)
                .withTitle("Service Unavailable")
                .withDetail(detail)
                .withHeader("Retry-After", "30")
                .build();
    }

    public static HttpProblem forbidden(String detail) {
        return HttpProblem.builder()
                .withType(ProblemTypes.FORBIDDEN)
                .withStatus(Response.Status.FORBIDDEN)
                .withTitle("Forbidden")
                .withDetail(detail)
                .build();
    }

    public static HttpProblem preconditionRequired() {
        return HttpProblem.builder()
                .withType(ProblemTypes.PRECONDITION_REQUIRED)
                .withStatus(428)
                .withTitle("Precondition Required")
                .withDetail("Send If-Match with the ETag of the version you are changing")
                .build();
    }

    public static HttpProblem preconditionFailed(String currentEtag) {
        return HttpProblem.builder()
                .withType(ProblemTypes.PRECONDITION_FAILED)
                .withStatus(Response.Status.PRECONDITION_FAILED)
                .withTitle("Precondition Failed")
                .withDetail("The resource changed since you read it; its current ETag is " + currentEtag)
                .withHeader("ETag", currentEtag)
                .build();
    }

    public static HttpProblem conflict(String detail) {
        return HttpProblem.builder()
                .withType(ProblemTypes.CONFLICT)
                .withStatus(Response.Status.CONFLICT)
                .withTitle("Conflict")
                .withDetail(detail)
                .build();
    }

    /** A request that is well-formed but breaks a rule; names the offending field. */
    public static HttpProblem invalid(String field, String message) {
        return invalid(List.of(Violation.body(field, message)));
    }

    /**
     * A request with one or more bad fields or parameters; lists every one. The type is {@link ProblemTypes#VALIDATION}
     * when every violation is in the body, {@link ProblemTypes#INVALID_PARAMETER} otherwise.
     */
    public static HttpProblem invalid(List<Violation> violations) {
        boolean body = violations.stream().allMatch(v -> "body".equals(v.in()));
        return invalid(body ? ProblemTypes.VALIDATION : ProblemTypes.INVALID_PARAMETER, violations);
    }

    /** A 400 of this type listing these violations; the detail is a sentence naming them. */
    public static HttpProblem invalid(URI type, List<Violation> violations) {
        return HttpProblem.builder()
                .withType(type)
                .withStatus(Response.Status.BAD_REQUEST)
                .withTitle("Bad Request")
                .withDetail(detail(violations))
                .with("violations", violations.stream().map(Violation::asMap).toList())
                .build();
    }

    /** The body is not the JSON document the operation takes (syntax, duplicated key, wrong JSON type, empty); the whole body is named {@code body}. */
    public static HttpProblem malformedBody(String pointer, String message) {
        return invalid(ProblemTypes.MALFORMED_BODY, List.of(Violation.body(pointer.isEmpty() ? "body" : pointer, message)));
    }

    /** A query, path or header parameter that is not acceptable; names it. */
    public static HttpProblem invalidParameter(String parameter, String in, String message) {
        return invalid(ProblemTypes.INVALID_PARAMETER, List.of(new Violation(parameter, in, message)));
    }

    /** Query parameters the operation does not take; names each. */
    public static HttpProblem unknownParameters(List<String> parameters, String allowed) {
        return invalid(ProblemTypes.UNKNOWN_PARAMETER, parameters.stream()
                .map(p -> new Violation(p, "query", "is not a parameter of this operation" + allowed)).toList());
    }

    /** A problem of any status with its type, title and a detail. */
    public static HttpProblem of(int status, String detail) {
        return HttpProblem.builder()
                .withType(ProblemTypes.forStatus(status))
                .withStatus(status)
                .withTitle(ProblemTypes.title(status))
                .withDetail(detail == null ? ProblemTypes.defaultDetail(status) : detail)
                .build();
    }

    /** One sentence naming every violation, so a client that shows only {@code detail} still tells what to fix. */
    static String detail(List<Violation> violations) {
        if (violations.isEmpty()) {
            return "The request is not valid";
        }
        String listed = violations.stream().limit(5).map(v -> v.field() + ": " + v.message()).reduce((a, b) -> a + "; " + b).orElse("");
        String more = violations.size() > 5 ? "; and " + (violations.size() - 5) + " more (see violations)" : "";
        return (violations.size() == 1 ? "" : violations.size() + " fields are invalid: ") + listed + more;
    }

    /** A query or path parameter that is not acceptable; names it. */
    public static HttpProblem invalidParameter(String parameter, String message) {
        return invalidParameter(parameter, "query", message);
    }
}
