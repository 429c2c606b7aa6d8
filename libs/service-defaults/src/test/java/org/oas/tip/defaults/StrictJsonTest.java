package org.oas.tip.defaults;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkiverse.resteasy.problem.HttpProblem;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Strict reading of request bodies, and how each refusal is worded: by JSON pointer, in the API's words. */
class StrictJsonTest {

    enum Subregion { CARIBBEAN, SOUTH_AMERICA }

    record Country(String name, Subregion subregion, Boolean active, Integer count, Long total, Double ratio, LocalDate since,
                   List<String> tags, Map<String, String> names, JsonNode answers) {
    }

    private static final ObjectMapper JSON = strict();

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        StrictJson.configure(mapper);
        return mapper;
    }

    @Test
    void aWellFormedBodyReads() throws Exception {
        Country c = JSON.readValue("{\"name\":\"Tab\\there\\nand\\r\",\"subregion\":\"CARIBBEAN\",\"active\":true,\"count\":3,"
                + "\"total\":9223372036854775807,\"ratio\":2012,\"since\":\"2017-01-01\",\"tags\":[\"a\"],\"names\":{\"en\":\"x\"},"
                + "\"answers\":{\"A\":{\"n\":1e300,\"big\":9223372036854775807}}}", Country.class);
        assertEquals(Subregion.CARIBBEAN, c.subregion());
        assertEquals(LocalDate.of(2017, 1, 1), c.since());
    }

    @Test
    void syntaxDuplicatesAndTrailingDataAreMalformed() {
        refused("{\"name\":\"a\",\"name\":\"b\"}", ProblemTypes.MALFORMED_BODY, "/name", "appears twice in the same object");
        refused("{\"answers\":{\"A\":1,\"A\":2}}", ProblemTypes.MALFORMED_BODY, "/answers/A", "appears twice in the same object");
        refused("{\"name\":\"a\"} {}", ProblemTypes.MALFORMED_BODY, "body", "has data after the end of the JSON document");
        refused("{\"name\":\"a\"} x", ProblemTypes.MALFORMED_BODY, null, null);
        refused("{\"name\": ", ProblemTypes.MALFORMED_BODY, null, null);
    }

    @Test
    void wrongJsonTypesAreMalformedInApiWords() {
        refused("{\"name\":[\"a\"]}", ProblemTypes.MALFORMED_BODY, "/name", "must be a string");
        refused("{\"name\":42}", ProblemTypes.MALFORMED_BODY, "/name", "must be a string");
        refused("{\"active\":\"true\"}", ProblemTypes.MALFORMED_BODY, "/active", "must be true or false");
        refused("{\"active\":1}", ProblemTypes.MALFORMED_BODY, "/active", "must be true or false");
        refused("{\"count\":1.5}", ProblemTypes.MALFORMED_BODY, "/count", "must be a whole number from -2147483648 to 2147483647");
        refused("{\"count\":\"3\"}", ProblemTypes.MALFORMED_BODY, "/count", "must be a whole number from -2147483648 to 2147483647");
        refused("{\"count\":\"\"}", ProblemTypes.MALFORMED_BODY, "/count", "must be a whole number from -2147483648 to 2147483647");
        refused("{\"count\":2147483648}", ProblemTypes.MALFORMED_BODY, "/count", "must be a whole number from -2147483648 to 2147483647");
        refused("{\"total\":99999999999999999999999}", ProblemTypes.MALFORMED_BODY, "/total",
                "must be a whole number from -9223372036854775808 to 9223372036854775807");
        refused("{\"since\":20170101}", ProblemTypes.MALFORMED_BODY, "/since", "must be a date such as 2017-06-30");
        refused("{\"tags\":\"a\"}", ProblemTypes.MALFORMED_BODY, "/tags", "must be an array");
        refused("{\"tags\":[1]}", ProblemTypes.MALFORMED_BODY, "/tags/0", "must be a string");
        refused("42", ProblemTypes.MALFORMED_BODY, "body", "must be a JSON object");
        refused("[]", ProblemTypes.MALFORMED_BODY, "body", "must be a JSON object");
    }

    @Test
    void valuesOfTheRightTypeThatBreakARuleAreValidation() {
        for (String value : new String[] {"CARIBBEAN\\u0000", "CARIBBEAN ", " CARIBBEAN", "caribbean", "", "PUBLIC\\u0000\\u0001 "}) {
            refused("{\"subregion\":\"" + value + "\"}", ProblemTypes.VALIDATION, "/subregion", "must be one of CARIBBEAN, SOUTH_AMERICA");
        }
        refused("{\"name\":\"a\\u0000b\"}", ProblemTypes.VALIDATION, "/name", Text.RULE);
        refused("{\"tags\":[\"ok\",\"\\u001f\"]}", ProblemTypes.VALIDATION, "/tags/1", Text.RULE);
        refused("{\"names\":{\"e\\u0000n\":\"x\"}}", ProblemTypes.VALIDATION, null, null);
        refused("{\"ratio\":1e400}", ProblemTypes.VALIDATION, "/ratio", null);
        refused("{\"since\":\"2017-01-01\\u0000\"}", ProblemTypes.VALIDATION, "/since", "must be a date such as 2017-06-30");
        refused("{\"since\":\" 2017-01-01\"}", ProblemTypes.VALIDATION, "/since", "must be a date such as 2017-06-30");
    }

    @Test
    void treesAreReadAsStrictlyAsRecords() {
        refused("{\"answers\":{\"A\":{\"A.count\":1e400}}}", ProblemTypes.VALIDATION, "/answers/A/A.count", null);
        refused("{\"answers\":{\"A\":{\"A.count\":123456789012345678901234567890}}}", ProblemTypes.VALIDATION, "/answers/A/A.count",
                "must be a whole number from -9223372036854775808 to 9223372036854775807");
        refused("{\"answers\":{\"A\":[\"x\",\"y\\u0000\"]}}", ProblemTypes.VALIDATION, "/answers/A/1", Text.RULE);
        refused("{\"answers\":{\"a/b\\u0000\":1}}", ProblemTypes.VALIDATION, "/answers/a~1b\\u0000", null);
    }

    @Test
    void aTypedBodyNamesItsFieldsByPathAndATreeByPointer() {
        HttpProblem pointer = problem("{\"tags\":[\"ok\",\"\\u001f\"],\"answers\":{}}");
        assertEquals("/tags/1", ProblemAssertions.violation(pointer).get("field"));
        assertEquals("tags[1]", ProblemAssertions.violation(JsonProblems.inFieldPaths(pointer)).get("field"));
        assertEquals("entries[5].changes.kind", JsonProblems.fieldPath("/entries/5/changes/kind"));
        assertEquals("answers.a/b", JsonProblems.fieldPath("/answers/a~1b"));
        assertEquals("body", JsonProblems.fieldPath("body"));
    }

    @Test
    void noDetailNamesAJavaClass() {
        for (String body : new String[] {"{\"subregion\":1}", "{\"names\":[1]}", "{\"answers\":1e400}", "{\"since\":\"2017-02-30\"}",
                "{\"count\":{}}", "{\"name\":{}}"}) {
            HttpProblem problem = problem(body);
            assertFalse(problem.getDetail().matches("(?s).*\\b(java|org|com)\\.[a-z].*"), problem.getDetail());
            assertFalse(problem.getDetail().contains("Exception"), problem.getDetail());
        }
    }

    private static void refused(String body, URI type, String pointer, String message) {
        HttpProblem problem = problem(body);
        assertEquals(400, problem.getStatusCode(), body);
        assertEquals(type, problem.getType(), body + " -> " + problem.getDetail());
        Map<String, Object> violation = ProblemAssertions.violation(problem);
        assertEquals("body", violation.get("in"));
        if (pointer != null) {
            assertEquals(pointer, violation.get("field"), body);
        }
        if (message != null) {
            assertEquals(message, violation.get("message"), body);
        }
        assertNotNull(problem.getDetail());
    }

    private static HttpProblem problem(String body) {
        JacksonException e = assertThrows(JacksonException.class, () -> JSON.readValue(body, Country.class), body);
        HttpProblem problem = JsonProblems.of(e);
        assertNotNull(problem, body + ": " + e);
        return problem;
    }
}
