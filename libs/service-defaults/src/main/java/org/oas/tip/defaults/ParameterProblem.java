package org.oas.tip.defaults;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.BadRequestException;

/**
 * A path, query or header value JAX-RS could not convert, with the problem that names it: a {@link BadRequestException}
 * so that Quarkus REST passes it on as it is instead of turning it into a 404.
 */
public class ParameterProblem extends BadRequestException {

    private final transient HttpProblem problem;

    public ParameterProblem(HttpProblem problem) {
        super(problem.getDetail());
        this.problem = problem;
    }

    public HttpProblem problem() {
        return problem;
    }
}
