package org.oas.tip.defaults;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;

/** The problem+json errors this service raises itself (validation and security errors come from their mappers). */
public final class Problems {

    private Problems() {
    }

    public static HttpProblem notFound(String what) {
        return HttpProblem.builder()
                .withStatus(Response.Status.NOT_FOUND)
                .withTitle("Not Found")
                .withDetail(what + " does not exist")
                .build();
    }

    /** Another service this one needs did not answer; the caller may retry. */
    public static HttpProblem unavailable(String detail) {
        return HttpProblem.builder()
                .withStatus(Response.Status.SERVICE_UNAVAILABLE)
                .withTitle("Service Unavailable")
                .withDetail(detail)
                .withHeader("Retry-After", "30")
                .build();
    }

    public static HttpProblem forbidden(String detail) {
        return HttpProblem.builder()
                .withStatus(Response.Status.FORBIDDEN)
                .withTitle("Forbidden")
                .withDetail(detail)
                .build();
    }

    public static HttpProblem preconditionRequired() {
        return HttpProblem.builder()
                .withStatus(428)
                .withTitle("Precondition Required")
                .withDetail("Send If-Match with the ETag of the version you are changing")
                .build();
    }

    public static HttpProblem preconditionFailed(String currentEtag) {
        return HttpProblem.builder()
                .withStatus(Response.Status.PRECONDITION_FAILED)
                .withTitle("Precondition Failed")
                .withDetail("The resource changed since you read it; its current ETag is " + currentEtag)
                .withHeader("ETag", currentEtag)
                .build();
    }

    public static HttpProblem conflict(String detail) {
        return HttpProblem.builder()
                .withStatus(Response.Status.CONFLICT)
                .withTitle("Conflict")
                .withDetail(detail)
                .build();
    }

    /** A request that is well-formed but breaks a rule; names the offending field. */
    public static HttpProblem invalid(String field, String message) {
        return invalid(List.of(Violation.body(field, message)));
    }

    /** A request with one or more bad fields; lists every one. */
    public static HttpProblem invalid(List<Violation> violations) {
        String detail = violations.size() == 1
                ? violations.get(0).field() + ": " + violations.get(0).message()
                : violations.size() + " fields are invalid";
        return HttpProblem.builder()
                .withStatus(Response.Status.BAD_REQUEST)
                .withTitle("Bad Request")
                .withDetail(detail)
                .with("violations", violations.stream()
                        .map(v -> Map.of("field", v.field(), "in", v.in(), "message", v.message())).toList())
                .build();
    }

    /** A query or path parameter that is not acceptable; names it. */
    public static HttpProblem invalidParameter(String parameter, String message) {
        return invalid(List.of(new Violation(parameter, "query", message)));
    }
}
