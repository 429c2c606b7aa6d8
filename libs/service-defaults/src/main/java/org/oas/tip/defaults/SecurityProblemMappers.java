package org.oas.tip.defaults;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * 401 as problem+json with a Bearer challenge. Replaces the mappers of quarkus-resteasy-problem 3.21.0, whose
 * security mappers fail on Quarkus 3.33 (NoSuchFieldError on ChallengeData.headerName) and answer 500.
 */
public class SecurityProblemMappers {

    private static final int BEFORE_LIBRARY_MAPPERS = Priorities.USER - 100;

    @ServerExceptionMapper(priority = BEFORE_LIBRARY_MAPPERS)
    public Response unauthorized(UnauthorizedException e) {
        return problem("A valid bearer token is required for this operation");
    }

    @ServerExceptionMapper(priority = BEFORE_LIBRARY_MAPPERS)
    public Response authenticationFailed(AuthenticationFailedException e) {
        return problem("The bearer token is invalid, expired or not issued for this API");
    }

    private static Response problem(String detail) {
        return HttpProblem.builder()
                .withStatus(Response.Status.UNAUTHORIZED)
                .withTitle("Unauthorized")
                .withDetail(detail)
                .withHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build()
                .toResponse();
    }
}
