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
        return HttpProblem.builder()
                .withStatus(Response.Status.BAD_REQUEST)
                .withTitle("Bad Request")
                .withDetail(field + ": " + message)
                .with("violations", List.of(Map.of("field", field, "message", message, "in", "body")))
                .build();
    }

    /** A query or path parameter that is not acceptable; names it. */
    public static HttpProblem invalidParameter(String parameter, String message) {
        return HttpProblem.builder()
                .withStatus(Response.Status.BAD_REQUEST)
                .withTitle("Bad Request")
                .withDetail(parameter + ": " + message)
                .with("violations", List.of(Map.of("field", parameter, "message", message, "in", "query")))
                .build();
    }
}
