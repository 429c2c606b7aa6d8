package org.oas.tip.registry.service;

import org.oas.tip.defaults.Violation;

import java.time.LocalDate;
import java.util.List;

/**
 * The dates the API takes: from 1900-01-01 to 2200-12-31, so that a typo such as {@code +999999999-01-01} is a 400
 * naming the field instead of a database error (PostgreSQL's dates end in the year 5874897) or a version valid from
 * the year 57193.
 */
public final class ApiDates {

    public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2200, 12, 31);
    public static final String RULE = "must be a date from 1900-01-01 to 2200-12-31";

    private ApiDates() {
    }

    /** Adds a violation of {@code field} when {@code date} is outside the range (null is the caller's own check). */
    public static void check(List<Violation> wrong, String field, LocalDate date) {
        if (date != null && (date.isBefore(FIRST) || date.isAfter(LAST))) {
            wrong.add(Violation.body(field, RULE));
        }
    }
}
