package org.oas.tip.defaults;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * Gives every problem the shape the API promises, whoever raised it: a {@link ProblemTypes type}, a title, a
 * {@code detail} in the API's words (a default per status when it has none, and never a Java class name or an
 * exception's message on a 5xx) and the {@code requestId}.
 */
@ApplicationScoped
public class ProblemShape implements ProblemPostProcessor {

    /** Qualified Java names ({@code java.lang.Boolean}, {@code org.oas.tip.X$Y}), which must not reach a caller. */
    private static final Pattern JAVA_NAME = Pattern.compile("\\b(?:java|javax|jakarta|com|org|io|net)\\.[a-z_][\\w$]*\\.[\\w$.]+");

    @Override
    public int priority() {
        return 50; // after the library's MDC properties (100) and instance (99)
    }

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        return shaped(problem);
    }

    /** The problem with its missing parts filled in. */
    public static HttpProblem shaped(HttpProblem problem) {
        int status = problem.getStatusCode();
        URI type = problem.getType();
        String detail = problem.getDetail();
        String requestId = RequestIdLogging.current();
        boolean complete = type != null && !"about:blank".equals(type.toString()) && problem.getTitle() != null
                && usable(detail, status) && (requestId == null || problem.getParameters().containsKey("requestId"));
        if (complete) {
            return problem;
        }
        HttpProblem.Builder builder = HttpProblem.builder(problem);
        if (type == null || "about:blank".equals(type.toString())) {
            builder.withType(ProblemTypes.forStatus(status));
        }
        if (problem.getTitle() == null) {
            builder.withTitle(ProblemTypes.title(status));
        }
        if (!usable(detail, status)) {
            builder.withDetail(ProblemTypes.defaultDetail(status));
        }
        if (requestId != null && !problem.getParameters().containsKey("requestId")) {
            builder.with("requestId", requestId);
        }
        return builder.build();
    }

    /** The problem after every post-processor (for a mapper that builds its own response). */
    public static HttpProblem processed(HttpProblem problem) {
        return ExceptionMapperBase.postProcessorsRegistry.applyPostProcessing(problem, ProblemContext.of(null, (String) null));
    }

    private static boolean usable(String detail, int status) {
        return detail != null && !detail.isBlank() && (status < 500 || status == 503) && !JAVA_NAME.matcher(detail).find();
    }
}
