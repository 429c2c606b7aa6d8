package org.oas.tip.defaults;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkiverse.resteasy.problem.HttpProblem;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns what Jackson refuses in a request body into a 400 in the API's words, naming the JSON pointer of the value
 * ({@code /answers/A/A.chair_type}) and what it must be ("must be a string", "must be one of CARIBBEAN, ..."), never a
 * Java class: {@link ProblemTypes#MALFORMED_BODY} for what is not the JSON document the operation takes,
 * {@link ProblemTypes#VALIDATION} for a value that has the right JSON type but is not acceptable.
 */
public final class JsonProblems {

    private JsonProblems() {
    }

    /** The problem for a refused body; null for an exception that is a fault of the service (a type Jackson cannot build). */
    public static HttpProblem of(JacksonException e) {
        if (e instanceof InvalidDefinitionException) {
            return null;
        }
        if (e instanceof ValueInstantiationException v) {
            if (v.getCause() instanceof HttpProblem problem) {
                return problem;
            }
            return Problems.invalid(java.util.List.of(Violation.body(pointer(v), "is not a valid value")));
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return Problems.invalid(java.util.List.of(Violation.body(pointer(u), "is not a field of this object")));
        }
        if (e instanceof StreamConstraintsException) {
            return Problems.malformedBody(parserPointer(e), "is beyond what this API reads (too deep, too long or too many digits)");
        }
        if (e instanceof InputCoercionException c) {
            return Problems.malformedBody(parserPointer(e), mustBe(c.getTargetType()));
        }
        if (e instanceof StrictJson.Refused refused) {
            return refused.problem(pointer(refused));
        }
        if (e instanceof JsonMappingException m && !(e instanceof MismatchedInputException) && m.getCause() instanceof InputCoercionException c) {
            return Problems.malformedBody(pointer(m), mustBe(c.getTargetType()));
        }
        if (e instanceof JsonMappingException m && m.getCause() instanceof StrictJson.Refused refused) {
            return refused.problem(pointer(m));
        }
        if (e instanceof JsonMappingException m && !(e instanceof MismatchedInputException) && m.getCause() instanceof JacksonException cause
                && !(cause instanceof JsonMappingException)) {
            return of(cause);
        }
        if (e instanceof MismatchedInputException m) {
            String message = String.valueOf(m.getOriginalMessage());
            if (message.startsWith("Trailing token")) {
                return Problems.malformedBody("", "has data after the end of the JSON document");
            }
            if (message.startsWith("No content to map")) {
                return Problems.malformedBody("", "must be a JSON document");
            }
            String pointer = pointer(m);
            if (m.getTargetType() != null && m.getTargetType().isEnum()) {
                return Problems.invalid(java.util.List.of(Violation.body(pointer, mustBe(m.getTargetType()))));
            }
            return Problems.malformedBody(pointer, pointer.isEmpty() ? "must be a JSON object" : mustBe(m.getTargetType()));
        }
        if (e instanceof JsonMappingException m) {
            return Problems.malformedBody(pointer(m), "is not a value this field takes");
        }
        String message = String.valueOf(e instanceof JsonProcessingException p ? p.getOriginalMessage() : e.getMessage());
        if (message.startsWith("Duplicate field '") && message.indexOf('\'', 17) > 0) {
            String key = "/" + escape(message.substring(17, message.indexOf('\'', 17)));
            String at = parserPointer(e);
            return Problems.malformedBody(at.endsWith(key) ? at : at + key, "appears twice in the same object");
        }
        String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        return Problems.malformedBody(parserPointer(e), "is not valid JSON" + where);
    }

    /** The same problem with each body violation named by field path ({@code entries[5].kind}) instead of JSON pointer. */
    @SuppressWarnings("unchecked")
    public static HttpProblem inFieldPaths(HttpProblem problem) {
        Object violations = problem.getParameters().get("violations");
        if (!(violations instanceof java.util.List<?> list)) {
            return problem;
        }
        java.util.List<Violation> renamed = list.stream().map(v -> (Map<String, Object>) v)
                .map(v -> new Violation(fieldPath(String.valueOf(v.get("field"))), String.valueOf(v.get("in")), String.valueOf(v.get("message"))))
                .toList();
        return Problems.invalid(problem.getType(), renamed);
    }

    /** {@code /entries/5/changes/kind} as {@code entries[5].changes.kind}; a name that is no pointer stays as it is. */
    static String fieldPath(String pointer) {
        if (!pointer.startsWith("/")) {
            return pointer;
        }
        StringBuilder path = new StringBuilder();
        for (String segment : pointer.substring(1).split("/", -1)) {
            String name = segment.replace("~1", "/").replace("~0", "~");
            if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
                path.append('[').append(name).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(name);
            }
        }
        return path.toString();
    }

    /** The JSON pointer of the value a mapping exception is about ("" for the whole body). */
    public static String pointer(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                pointer.append('/').append(escape(reference.getFieldName()));
            } else if (reference.getIndex() >= 0) {
                pointer.append('/').append(reference.getIndex());
            }
        }
        return pointer.toString();
    }

    /** The pointer of where the parser stood: the key being read, or the value's place. */
    static String parserPointer(JacksonException e) {
        if (e.getProcessor() instanceof JsonParser parser) {
            JsonStreamContext context = parser.getParsingContext();
            if (context != null) {
                JsonPointer pointer = context.pathAsPointer();
                return pointer.toString();
            }
        }
        return "";
    }

    /** What a value of this Java type must be, in the API's words. */
    public static String mustBe(Class<?> type) {
        if (type == null) {
            return "has the wrong JSON type";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
        }
        if (type == String.class || type == Character.class || type == char.class || CharSequence.class.isAssignableFrom(type)) {
            return "must be a string";
        }
        if (type == Integer.class || type == int.class) {
            return "must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (type == Long.class || type == long.class) {
            return "must be a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        }
        if (type == Short.class || type == short.class) {
            return "must be a whole number from " + Short.MIN_VALUE + " to " + Short.MAX_VALUE;
        }
        if (type == Byte.class || type == byte.class) {
            return "must be a whole number from " + Byte.MIN_VALUE + " to " + Byte.MAX_VALUE;
        }
        if (type == BigInteger.class) {
            return "must be a whole number";
        }
        if (type == Double.class || type == double.class || type == Float.class || type == float.class || type == BigDecimal.class
                || Number.class.isAssignableFrom(type)) {
            return "must be a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == LocalDate.class) {
            return "must be a date such as 2017-06-30";
        }
        if (type == OffsetDateTime.class || type == Instant.class || type == ZonedDateTime.class) {
            return "must be an ISO 8601 instant such as 2026-01-01T00:00:00Z";
        }
        if (type == LocalDateTime.class) {
            return "must be a date and time such as 2026-01-01T09:30:00";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "must be an array";
        }
        if (JsonNode.class.isAssignableFrom(type) && !type.getSimpleName().equals("ObjectNode")) {
            return "must be a JSON value";
        }
        if (Map.class.isAssignableFrom(type) || !type.isPrimitive()) {
            return "must be an object";
        }
        return "has the wrong JSON type";
    }

    /** A JSON pointer token: '~' as ~0 and '/' as ~1 (RFC 6901). */
    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
