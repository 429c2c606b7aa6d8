package org.oas.tip.defaults;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * The last line behind the services' own checks: a write the database refused by one of its constraints is the
 * caller's 409 (a unique key another request took meanwhile) or 400 (a value outside what the column holds), never a
 * 500. Every such case is a check missing before the write, so it is logged as a warning to be added.
 */
public class StorageProblemMapper {

    private static final Logger LOG = Logger.getLogger(StorageProblemMapper.class);
    // ProblemTypes (service-defaults) once merged
    private static final URI CONFLICT = URI.create("https://tip.oas.org/problems/conflict");
    private static final URI VALIDATION = URI.create("https://tip.oas.org/problems/validation");
    private static final URI INTERNAL = URI.create("https://tip.oas.org/problems/internal");

    @ServerExceptionMapper(priority = Priorities.USER + 100)
    public Response refusedByStorage(PersistenceException e) {
        String state = sqlState(e);
        if (state != null && state.equals("23505")) {
            LOG.warnf("a unique key refused a write, answered 409: %s", rootMessage(e));
            return HttpProblem.builder().withType(CONFLICT).withStatus(Response.Status.CONFLICT).withTitle("Conflict")
                    .withDetail("What this request creates exists already (another request may have created it at the same "
                            + "time); read it again").build().toResponse();
        }
        if (state != null && (state.startsWith("23") || state.startsWith("22"))) {
            LOG.warnf("a constraint refused a write that passed the checks, answered 400: %s", rootMessage(e));
            String message = "holds a value the service cannot store (too long, out of range or against a rule of the data)";
            return HttpProblem.builder().withType(VALIDATION).withStatus(Response.Status.BAD_REQUEST).withTitle("Bad Request")
                    .withDetail("body: " + message)
                    .with("violations", List.of(Map.of("field", "body", "in", "body", "message", message)))
                    .build().toResponse();
        }
        LOG.error("storage failed", e);
        return HttpProblem.builder().withType(INTERNAL).withStatus(Response.Status.INTERNAL_SERVER_ERROR)
                .withTitle("Internal Server Error").withDetail("The service could not complete the request; the request id "
                        + "names it in the logs").build().toResponse();
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
