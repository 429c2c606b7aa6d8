package org.oas.tip.defaults;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Two changes of one resource at the same instant: both passed the If-Match check, the database let one through and
 * refused the other. The loser gets what a stale If-Match gets, 412, and re-reads; never a 500.
 */
public class ConcurrencyProblemMapper {

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response optimisticLock(OptimisticLockException e) {
        return conflict();
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response staleState(StaleStateException e) {
        return conflict();
    }

    private static Response conflict() {
        return HttpProblem.builder()
                .withStatus(Response.Status.PRECONDITION_FAILED)
                .withTitle("Precondition Failed")
                .withDetail("The resource was changed by another request at the same time; read it again and retry")
                .build()
                .toResponse();
    }
}
