package org.oas.tip.defaults;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.oas.tip.defaults.ProblemAssertions.badParameter;

class QueryParamsTest {

    enum Colour { RED, DARK_BLUE }

    @Test
    void absentOrEmptyIsNull() {
        assertNull(QueryParams.oneOf("colour", null, Colour.class));
        assertNull(QueryParams.oneOf("colour", "", Colour.class));
        assertNull(QueryParams.exactlyOneOf("colour", "", Colour.class));
        assertNull(QueryParams.date("asOf", ""));
        assertNull(QueryParams.instant("updatedAfter", null));
    }

    @Test
    void listFiltersMatchInAnyCase() {
        assertEquals(Colour.DARK_BLUE, QueryParams.oneOf("colour", "dark_Blue", Colour.class));
    }

    /** Changed on purpose (issue 12): nothing is trimmed; surrounding spaces or control characters are refused. */
    @Test
    void surroundingSpacesAndControlsAreRefusedNotTrimmed() {
        badParameter("colour", () -> QueryParams.oneOf("colour", " dark_Blue ", Colour.class));
        badParameter("colour", () -> QueryParams.oneOf("colour", "  ", Colour.class));
        badParameter("colour", () -> QueryParams.exactlyOneOf("colour", "RED\u0000", Colour.class));
        badParameter("colour", () -> QueryParams.exactlyOneOf("colour", " RED ", Colour.class));
        badParameter("asOf", () -> QueryParams.date("asOf", " 2017-06-30"));
        badParameter("updatedAfter", () -> QueryParams.instant("updatedAfter", "2026-01-01T00:00:00Z "));
    }

    @Test
    void exactValuesMatchOnlyAsWritten() {
        assertEquals(Colour.RED, QueryParams.exactlyOneOf("colour", "RED", Colour.class));
        assertEquals("must be one of RED, DARK_BLUE", badParameter("colour", () -> QueryParams.exactlyOneOf("colour", "red", Colour.class)));
    }

    @Test
    void anUnknownValueIs400NamingTheParameterAndWhatItMayBe() {
        assertEquals("must be one of RED, DARK_BLUE", badParameter("colour", () -> QueryParams.oneOf("colour", "green", Colour.class)));
    }

    @Test
    void datesAndInstants() {
        assertEquals(LocalDate.of(2017, 6, 30), QueryParams.date("asOf", "2017-06-30"));
        assertEquals("must be a date such as 2017-06-30", badParameter("asOf", () -> QueryParams.date("asOf", "30/06/2017")));
        assertEquals(OffsetDateTime.parse("2026-01-01T00:00:00Z"), QueryParams.instant("updatedAfter", "2026-01-01T00:00:00Z"));
        badParameter("updatedAfter", () -> QueryParams.instant("updatedAfter", "2026-01-01"));
    }
}
