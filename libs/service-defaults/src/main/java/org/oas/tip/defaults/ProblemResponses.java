package org.oas.tip.defaults;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.lang.annotation.Annotation;

/**
 * The last word on every error the REST layer answers: a 4xx or 5xx that is not yet a complete problem (an empty 400
 * from the framework's own Jackson mapper, a 405 or 406 built as a bare response, a problem a mapper built without a
 * type or request id) leaves as application/problem+json in the shape of {@link ProblemShape}.
 */
public class ProblemResponses {

    @ServerResponseFilter
    public void shape(ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400) {
            return;
        }
        Object entity = response.getEntity();
        HttpProblem problem;
        if (entity instanceof HttpProblem given) {
            problem = ProblemShape.shaped(given);
        } else {
            problem = ProblemShape.shaped(Problems.of(status, null));
        }
        if (problem != entity) {
            response.setEntity(problem, new Annotation[0], HttpProblem.MEDIA_TYPE);
        }
        if (!HttpProblem.MEDIA_TYPE.isCompatible(response.getMediaType())) {
            response.getHeaders().putSingle("Content-Type", HttpProblem.MEDIA_TYPE.toString());
        }
    }

    static boolean isProblem(MediaType type) {
        return type != null && HttpProblem.MEDIA_TYPE.isCompatible(type);
    }
}
