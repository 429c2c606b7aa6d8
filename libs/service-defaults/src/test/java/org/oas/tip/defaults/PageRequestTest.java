package org.oas.tip.defaults;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.oas.tip.defaults.ProblemAssertions.badParameter;

class PageRequestTest {

    private static final Pattern COUNTRIES = Pattern.compile("[A-Z]{3}");

    @Test
    void absentValuesMeanTheFirstPageAtTheDefaultSize() {
        assertEquals(new PageRequest(50, null), PageRequest.of(null, null, 50, 200, COUNTRIES));
        assertEquals(new PageRequest(50, null), PageRequest.of("", "", 50, 200, COUNTRIES));
        assertEquals(0, PageRequest.afterId(null));
    }

    @Test
    void aCursorGivenOutReadsBack() {
        assertEquals("ARG", PageRequest.of("10", PageRequest.cursorAfter("ARG"), 50, 200, COUNTRIES).after());
        assertEquals(12345L, PageRequest.afterId(PageRequest.cursorAfter(12345L)));
        // changed on purpose (issue 12): nothing is trimmed
        badParameter("cursor", () -> PageRequest.afterId(" " + PageRequest.cursorAfter(7L) + " "));
    }

    @Test
    void theCursorFormatIsTheOneClientsAlreadyHold() {
        assertEquals(base64("after:42"), PageRequest.cursorAfter(42L));
        assertEquals(base64("after:MEX"), PageRequest.cursorAfter("MEX"));
    }

    @Test
    void aCursorThisApiDidNotGiveOutIs400NamingIt() {
        for (String cursor : new String[] {"not a cursor!", "%%%", base64("after:arg"), base64("after:ARGE"), base64("ARG"),
                base64("after:")}) {
            String message = badParameter("cursor", () -> PageRequest.of(null, cursor, 50, 200, COUNTRIES));
            assertEquals("is not a cursor this API gave out (take next from the previous page)", message);
        }
        for (String cursor : new String[] {"garbage!", base64("after:x1"), base64("after:-1"), base64("after:99999999999999999999")}) {
            badParameter("cursor", () -> PageRequest.afterId(cursor));
        }
    }

    @Test
    void aLimitOutsideItsRangeIs400NamingIt() {
        for (String limit : new String[] {"0", "201", "-1", "ten", "1.5", " 200 ", " ", "2147483648"}) {
            assertEquals("must be a whole number from 1 to 200", badParameter("limit", () -> PageRequest.limit(limit, 50, 200)));
        }
        badParameter("limit", () -> PageRequest.limit(0, 100));
        badParameter("limit", () -> PageRequest.limit(101, 100));
        assertEquals(200, PageRequest.limit("200", 50, 200));
        assertEquals(1, PageRequest.limit(1, 100));
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
