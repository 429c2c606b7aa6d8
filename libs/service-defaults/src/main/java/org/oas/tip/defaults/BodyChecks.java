package org.oas.tip.defaults;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.IOException;

/**
 * Every JSON body the API takes is an object: an empty body, {@code null}, or a bare value (a number, a string, an
 * array) where an operation reads its body as a JSON tree is a 400 {@link ProblemTypes#MALFORMED_BODY}, not a null
 * that fails later as a 500.
 * <p>
 * A refused value is named as the operation's body names it: by JSON pointer in a JSON tree (an answer document,
 * whose linkIds hold dots: {@code /s/s.count}), by field path in a typed body ({@code entries[5].changes.kind}), the
 * way the services name what their own rules refuse.
 */
@Provider
@ConstrainedTo(RuntimeType.SERVER)
public class BodyChecks implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object body;
        try {
            body = context.proceed();
        } catch (JacksonException e) {
            throw named(context, e, e);
        } catch (WebApplicationException e) {
            // Quarkus REST wraps some parse errors (a duplicated key, broken syntax)
            if (e.getCause() instanceof JacksonException jackson) {
                throw named(context, jackson, e);
            }
            throw e;
        }
        boolean json = context.getMediaType() != null && context.getMediaType().getSubtype().toLowerCase().endsWith("json");
        if (json && (body == null || body instanceof JsonNode node && !node.isObject())) {
            throw Problems.malformedBody("", "must be a JSON object");
        }
        return body;
    }

    private static RuntimeException named(ReaderInterceptorContext context, JacksonException e, Exception thrown) throws IOException {
        HttpProblem problem = JsonProblems.of(e);
        if (problem == null) {
            if (thrown instanceof IOException io) {
                throw io;
            }
            return (RuntimeException) thrown;
        }
        return JsonNode.class.isAssignableFrom(context.getType()) ? problem : JsonProblems.inFieldPaths(problem);
    }
}
