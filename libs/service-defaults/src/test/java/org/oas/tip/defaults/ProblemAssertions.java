package org.oas.tip.defaults;

import io.quarkiverse.resteasy.problem.HttpProblem;
import org.junit.jupiter.api.function.Executable;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Checks the problems the shared helpers raise, as a client would read them. */
final class ProblemAssertions {

    private ProblemAssertions() {
    }

    /** The single violation of a problem. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> violation(HttpProblem problem) {
        List<Map<String, Object>> violations = (List<Map<String, Object>>) problem.getParameters().get("violations");
        assertEquals(1, violations.size());
        return violations.get(0);
    }

    /** Asserts a 400 whose single violation names this query parameter; returns its message. */
    static String badParameter(String parameter, Executable call) {
        HttpProblem problem = assertThrows(HttpProblem.class, call);
        assertEquals(400, problem.getStatusCode());
        assertEquals(ProblemTypes.INVALID_PARAMETER, problem.getType());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) problem.getParameters().get("violations");
        assertEquals(1, violations.size());
        assertEquals(parameter, violations.get(0).get("field"));
        assertEquals("query", violations.get(0).get("in"));
        return (String) violations.get(0).get("message");
    }
}
