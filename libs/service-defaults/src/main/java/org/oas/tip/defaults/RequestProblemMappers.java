package org.oas.tip.defaults;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.Map;

/**
 * What the framework refuses while reading a request, as problem+json in the API's words: a body Jackson cannot read
 * ({@link JsonProblems}), a parameter JAX-RS cannot convert ({@link ParameterProblem}), and the JAX-RS exceptions for
 * 404, 405, 406 and 415 (with their headers, such as Allow). Registered ahead of the mappers of quarkus-resteasy-problem
 * and of Quarkus REST, whose answers name Java classes or have no body.
 */
public class RequestProblemMappers {

    /** Before the mappers of quarkus-resteasy-problem, which it registers at priority 999. */
    private static final int FIRST = 500;

    @ServerExceptionMapper(priority = FIRST)
    public Response jsonProcessing(JsonProcessingException e) {
        return json(e);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response jsonParse(JsonParseException e) {
        return json(e);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response streamRead(StreamReadException e) {
        return json(e);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response inputCoercion(InputCoercionException e) {
        return json(e);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response streamConstraints(StreamConstraintsException e) {
        return json(e);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response jsonMapping(JsonMappingException e) {
        return json(e);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response mismatchedInput(MismatchedInputException e) {
        return json(e);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response invalidFormat(InvalidFormatException e) {
        return json(e);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response unrecognizedProperty(UnrecognizedPropertyException e) {
        return json(e);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response valueInstantiation(ValueInstantiationException e) {
        return json(e);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response refused(StrictJson.Refused e) {
        return json(e);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response parameter(ParameterProblem e) {
        return response(e.problem());
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response notFound(NotFoundException e) {
        if (e.getCause() != null) {
            // JAX-RS answers 404 to a path or query value it cannot convert; it is the request that is wrong
            return response(Problems.invalid(ProblemTypes.INVALID_PARAMETER,
                    List.of(new Violation("parameter", "query", "has a value this operation cannot read"))));
        }
        return response(Problems.of(404, null));
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response webApplication(WebApplicationException e) {
        if (e.getCause() instanceof JacksonException jackson) {
            return json(jackson);
        }
        if (e.getCause() instanceof ParameterProblem parameter) {
            return response(parameter.problem());
        }
        Response original = e.getResponse();
        int status = original == null ? 500 : original.getStatus();
        if (status == 404 && e.getCause() != null) {
            return notFound(new NotFoundException(e.getCause()));
        }
        HttpProblem.Builder problem = HttpProblem.builder(Problems.of(status, null));
        if (original != null) {
            for (Map.Entry<String, List<Object>> header : original.getHeaders().entrySet()) {
                if (!header.getKey().equalsIgnoreCase("Content-Type") && !header.getValue().isEmpty()) {
                    problem.withHeader(header.getKey(), header.getValue().get(0));
                }
            }
        }
        return response(problem.build());
    }

    private static Response json(JacksonException e) {
        HttpProblem problem = JsonProblems.of(e);
        if (problem == null) {
            return response(Problems.of(500, null));
        }
        return response(problem);
    }

    static Response response(HttpProblem problem) {
        return ProblemShape.processed(problem).toResponse();
    }
}
