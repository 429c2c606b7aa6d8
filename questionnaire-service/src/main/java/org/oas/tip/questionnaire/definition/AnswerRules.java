package org.oas.tip.questionnaire.definition;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Checks one scalar answer against its item: type, option, range, length, pattern and format. */
public final class AnswerRules {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;
    /**
     * The largest magnitude of a number answer when the item sets no narrower bound: 2^53 - 1, the largest integer
     * every JSON reader (JavaScript's included) holds exactly; a count beyond it is a typo, never a count.
     */
    public static final BigDecimal LARGEST = BigDecimal.valueOf(9_007_199_254_740_991L);
    static final String PHONE = "\\+?[0-9][0-9 ()./-]{1,29}";
    private static final Pattern PHONE_PATTERN = Pattern.compile(PHONE);
    private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    // definitions are few and their patterns are reused for every answer, so compiling once pays
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private AnswerRules() {
    }

    /** What is wrong with {@code value} as an answer to {@code item}, or null when nothing is. */
    public static String problem(Item item, JsonNode value) {
        return switch (item.type()) {
            case BOOLEAN -> value.isBoolean() ? null : "wrong type: expected true or false";
            case INTEGER -> integral(value) ? range(item, value.decimalValue()) : "wrong type: expected an integer";
            case DECIMAL -> value.isNumber() ? range(item, value.decimalValue()) : "wrong type: expected a number";
            case YEAR -> year(item, value);
            case DATE -> date(value);
            case STRING, TEXT -> value.isTextual() ? text(item, value.asText()) : "wrong type: expected a string";
            case URL -> url(item, value);
            case PHONE -> phone(item, value);
            case CHOICE -> choice(item, value);
            case OPEN_CHOICE -> openChoice(item, value);
            case GROUP -> "a group takes an object, not a single value";
        };
    }

    private static boolean integral(JsonNode value) {
        // 3.0 is an integer in JSON Schema too; Jackson reads it as a double
        return value.isIntegralNumber() || (value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0);
    }

    private static String range(Item item, BigDecimal number) {
        if (number.abs().compareTo(LARGEST) > 0) {
            return "out of range: a number answer is between -" + LARGEST.toPlainString() + " and " + LARGEST.toPlainString();
        }
        if (item.minValue() != null && number.compareTo(item.minValue()) < 0) {
            return "out of range: " + number.toPlainString() + " is below the minimum " + item.minValue().toPlainString();
        }
        if (item.maxValue() != null && number.compareTo(item.maxValue()) > 0) {
            return "out of range: " + number.toPlainString() + " is above the maximum " + item.maxValue().toPlainString();
        }
        return null;
    }

    private static String year(Item item, JsonNode value) {
        if (!integral(value)) {
            return "wrong type: expected a year as an integer";
        }
        BigDecimal year = value.decimalValue();
        if (year.compareTo(BigDecimal.valueOf(FIRST_YEAR)) < 0 || year.compareTo(BigDecimal.valueOf(LAST_YEAR)) > 0) {
            return "out of range: a year is between " + FIRST_YEAR + " and " + LAST_YEAR;
        }
        return range(item, year);
    }

    private static String date(JsonNode value) {
        if (!value.isTextual()) {
            return "wrong type: expected a date as a YYYY-MM-DD string";
        }
        try {
            if (DATE_SHAPE.matcher(value.asText()).matches()) {
                LocalDate.parse(value.asText());
                return null;
            }
        } catch (DateTimeParseException e) {
            // falls through to the message below: the shape is right but the day does not exist
        }
        return "bad date: " + value.asText() + " is not a valid YYYY-MM-DD date";
    }

    private static String text(Item item, String text) {
        Integer max = item.effectiveMaxLength();
        int length = text.codePointCount(0, text.length());
        if (max != null && length > max) {
            return "too long: " + length + " characters, at most " + max;
        }
        if (item.pattern() != null && !PATTERNS.computeIfAbsent(item.pattern(), Pattern::compile)
                .matcher(text).matches()) {
            return "does not match the pattern " + item.pattern();
        }
        return null;
    }

    private static String url(Item item, JsonNode value) {
        if (!value.isTextual()) {
            return "wrong type: expected a URL string";
        }
        return absoluteHttp(value.asText()) ? text(item, value.asText())
                : "bad URL: " + value.asText() + " is not an absolute http or https URL";
    }

    static boolean absoluteHttp(String text) {
        try {
            URI uri = new URI(text);
            return uri.getScheme() != null && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String phone(Item item, JsonNode value) {
        if (!value.isTextual()) {
            return "wrong type: expected a phone number string";
        }
        return PHONE_PATTERN.matcher(value.asText()).matches() ? text(item, value.asText())
                : "bad phone number: " + value.asText() + " (digits, spaces and ( ) . / - only, optional leading +)";
    }

    private static String choice(Item item, JsonNode value) {
        if (!value.isTextual()) {
            return "wrong type: expected an option code (a string)";
        }
        return item.hasOption(value.asText()) ? null : "unknown option " + value.asText() + "; expected one of "
                + item.answerOptions().stream().map(AnswerOption::code).collect(Collectors.joining(", "));
    }

    private static String openChoice(Item item, JsonNode value) {
        if (!value.isTextual()) {
            return "wrong type: expected an option code or a text";
        }
        if (item.hasOption(value.asText())) {
            return null;
        }
        return value.asText().isBlank() ? "blank answer: choose an option or write a value" : text(item, value.asText());
    }
}
