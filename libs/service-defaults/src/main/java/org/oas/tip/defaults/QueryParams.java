package org.oas.tip.defaults;

import io.quarkiverse.resteasy.problem.HttpProblem;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Enum and date query parameters, read one way: an absent or empty value is null (the parameter was not given), and a
 * value that is none of the allowed ones, surrounding spaces or control characters included (nothing is trimmed), is a
 * 400 problem naming the parameter and what it may be.
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** The constant a value names, in any letter case (the lists' filters); null when absent. */
    public static <E extends Enum<E>> E oneOf(String parameter, String value, Class<E> type) {
        return value == null || value.isEmpty() ? null : constant(parameter, value.toUpperCase(Locale.ROOT), type);
    }

    /** The constant a value names exactly, letter case included; null when absent. */
    public static <E extends Enum<E>> E exactlyOneOf(String parameter, String value, Class<E> type) {
        return value == null || value.isEmpty() ? null : constant(parameter, value, type);
    }

    /** The 400 for a value that is none of the type's constants (also for a required parameter left blank). */
    public static <E extends Enum<E>> HttpProblem notOneOf(String parameter, Class<E> type) {
        return Problems.invalidParameter(parameter, "must be one of "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
    }

    /** An ISO 8601 date such as 2017-06-30; null when absent. */
    public static LocalDate date(String parameter, String value) {
        try {
            return value == null || value.isEmpty() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw Problems.invalidParameter(parameter, "must be a date such as 2017-06-30");
        }
    }

    /** An ISO 8601 instant with its offset, such as 2026-01-01T00:00:00Z; null when absent. */
    public static OffsetDateTime instant(String parameter, String value) {
        try {
            return value == null || value.isEmpty() ? null : OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw Problems.invalidParameter(parameter, "must be an ISO 8601 instant such as 2026-01-01T00:00:00Z");
        }
    }

    private static <E extends Enum<E>> E constant(String parameter, String name, Class<E> type) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw notOneOf(parameter, type);
        }
    }
}
