package org.oas.tip.defaults;

import io.quarkiverse.resteasy.problem.HttpProblem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProblemTypesTest {

    @Test
    void everyStatusHasItsTypeUnderOneBase() {
        assertEquals("https://tip.oas.org/problems/forbidden", ProblemTypes.forStatus(403).toString());
        assertEquals(ProblemTypes.HEADERS_TOO_LARGE, ProblemTypes.forStatus(431));
        assertEquals(ProblemTypes.INTERNAL, ProblemTypes.forStatus(502));
        for (int status : new int[] {400, 401, 403, 404, 405, 406, 409, 412, 413, 414, 415, 422, 428, 429, 431, 500, 503}) {
            assertTrue(ProblemTypes.forStatus(status).toString().startsWith(ProblemTypes.BASE));
            assertFalse(ProblemTypes.defaultDetail(status).isBlank());
        }
    }

    @Test
    void theFactoriesNameTheirTypes() {
        assertEquals(ProblemTypes.NOT_FOUND, Problems.notFound("Country XXX").getType());
        assertEquals(ProblemTypes.FORBIDDEN, Problems.forbidden("no").getType());
        assertEquals(ProblemTypes.CONFLICT, Problems.conflict("no").getType());
        assertEquals(ProblemTypes.UNAVAILABLE, Problems.unavailable("no").getType());
        assertEquals(ProblemTypes.VALIDATION, Problems.invalid("/name", "must not be empty").getType());
        assertEquals(ProblemTypes.INVALID_PARAMETER, Problems.invalidParameter("limit", "no").getType());
        assertEquals(ProblemTypes.MALFORMED_BODY, Problems.malformedBody("", "must be a JSON object").getType());
        assertEquals(ProblemTypes.UNKNOWN_PARAMETER, Problems.unknownParameters(List.of("colour"), "").getType());
    }

    @Test
    void aValidationDetailIsASentenceNamingEveryField() {
        assertEquals("/name: must not be empty", Problems.invalid("/name", "must not be empty").getDetail());
        HttpProblem two = Problems.invalid(List.of(Violation.body("/a", "must be x"), Violation.body("/b", "must be y")));
        assertEquals("2 fields are invalid: /a: must be x; /b: must be y", two.getDetail());
    }

    @Test
    void theShapeFillsTypeTitleAndDetailAndHidesJavaNames() {
        HttpProblem bare = HttpProblem.builder().withStatus(403).build();
        HttpProblem shaped = ProblemShape.shaped(bare);
        assertEquals(ProblemTypes.FORBIDDEN, shaped.getType());
        assertEquals("Forbidden", shaped.getTitle());
        assertNotNull(shaped.getDetail());
        HttpProblem leaky = HttpProblem.builder().withStatus(400).withDetail("Cannot coerce to java.lang.Boolean").build();
        assertEquals(ProblemTypes.defaultDetail(400), ProblemShape.shaped(leaky).getDetail());
        HttpProblem inner = HttpProblem.builder().withStatus(500).withDetail("NullPointerException at x").build();
        assertEquals(ProblemTypes.defaultDetail(500), ProblemShape.shaped(inner).getDetail());
        assertNull(ProblemShape.shaped(inner).getParameters().get("requestId"));
    }

    @Test
    void controlCharactersAreFoundAndShownEscaped() {
        assertTrue(Text.allowed("tab\tline\ncr\r"));
        assertFalse(Text.allowed("a\u0000"));
        assertFalse(Text.allowed("\u001f"));
        assertEquals("a\\u0000b", Text.visible("a\u0000b"));
        assertEquals("a\\u0000b", new Violation("a\u0000b", "query", "x").field());
    }

    @Test
    void requestIdsAreKeptWhenUsableAndMadeOtherwise() {
        assertEquals("trace-42", RequestIdLogging.requestId("trace-42"));
        assertEquals(36, RequestIdLogging.requestId(null).length());
        assertEquals(36, RequestIdLogging.requestId("a b").length());
        assertEquals(36, RequestIdLogging.requestId("x".repeat(129)).length());
        assertEquals(36, RequestIdLogging.requestId("").length());
    }
}
