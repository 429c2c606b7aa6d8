package org.oas.tip.defaults;

import io.quarkiverse.resteasy.problem.HttpProblem;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ETagsTest {

    @Test
    void ifMatchNamesTheVersionOfOurTags() {
        assertEquals(3, ETags.expectedVersion("\"3\""));
        assertEquals(-1, ETags.expectedVersion("\"abc\""));
        assertEquals(-1, ETags.expectedVersion("\"03\""));
        assertEquals(-1, ETags.expectedVersion("*"));
    }

    /** Changed on purpose (issue 12): If-Match compares strongly (RFC 9110), so a weak tag is stale, never a match. */
    @Test
    void aWeakTagNeverMatches() {
        assertEquals(-1, ETags.expectedVersion("W/\"3\""));
        assertEquals(-1, ETags.expectedVersion("W/\"3\", \"x\""));
    }

    /** Changed on purpose (issue 12): a value that is not an entity tag is a 400 naming the header, not a stale tag. */
    @Test
    void aMalformedIfMatchIs400NamingTheHeader() {
        for (String bad : new String[] {"3", "", " ", "\"3", "\"3\"\"", "\"3\u0000\"", "W/3", "\"a b\""}) {
            HttpProblem problem = assertThrows(HttpProblem.class, () -> ETags.expectedVersion(bad), bad);
            assertEquals(400, problem.getStatusCode(), bad);
            assertEquals(ProblemTypes.INVALID_PARAMETER, problem.getType());
            assertEquals("If-Match", ProblemAssertions.violation(problem).get("field"));
            assertEquals("header", ProblemAssertions.violation(problem).get("in"));
        }
    }

    @Test
    void noIfMatchIs428() {
        HttpProblem problem = assertThrows(HttpProblem.class, () -> ETags.expectedVersion(null));
        assertEquals(428, problem.getStatusCode());
        assertEquals(ProblemTypes.PRECONDITION_REQUIRED, problem.getType());
    }

    @Test
    void aStaleVersionIs412WithTheCurrentTag() {
        assertDoesNotThrow(() -> ETags.requireVersion(4, 4));
        HttpProblem stale = assertThrows(HttpProblem.class, () -> ETags.requireVersion(5, 4));
        assertEquals(412, stale.getStatusCode());
        assertEquals(ProblemTypes.PRECONDITION_FAILED, stale.getType());
        assertEquals("\"5\"", stale.getHeaders().get("ETag"));
    }
}
