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
        assertEquals(3, ETags.expectedVersion(" W/\"3\" "));
        assertEquals(-1, ETags.expectedVersion("\"abc\""));
        assertEquals(-1, ETags.expectedVersion("3"));
    }

    @Test
    void noIfMatchIs428() {
        assertEquals(428, assertThrows(HttpProblem.class, () -> ETags.expectedVersion(null)).getStatusCode());
        assertEquals(428, assertThrows(HttpProblem.class, () -> ETags.expectedVersion(" ")).getStatusCode());
    }

    @Test
    void aStaleVersionIs412WithTheCurrentTag() {
        assertDoesNotThrow(() -> ETags.requireVersion(4, 4));
        HttpProblem stale = assertThrows(HttpProblem.class, () -> ETags.requireVersion(5, 4));
        assertEquals(412, stale.getStatusCode());
        assertEquals("\"5\"", stale.getHeaders().get("ETag"));
    }
}
