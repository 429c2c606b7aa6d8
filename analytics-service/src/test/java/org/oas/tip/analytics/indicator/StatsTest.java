package org.oas.tip.analytics.indicator;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The arithmetic the figures rest on: statistics, percentages, and lenient reading of answer values. */
class StatsTest {

    private static Stats.Observation o(String country, double value) {
        return new Stats.Observation(country, value);
    }

    @Test
    void everyValueSeenMostOftenIsAMode() {
        Stats s = Stats.of(List.of(o("CCC", 4), o("AAA", 4), o("BBB", 3), o("DDD", 3), o("EEE", 2)));
        assertEquals(5, s.n());
        assertEquals(3.2, s.mean());
        assertEquals(List.of(3.0, 4.0), s.modes());
        assertEquals(List.of("EEE"), s.minCountries());
        assertEquals(List.of("AAA", "CCC"), s.maxCountries());
    }

    @Test
    void theMeanHasTwoDecimalsAndAModeNeedsAValueSeenTwice() {
        Stats s = Stats.of(List.of(o("AAA", 1), o("BBB", 2), o("CCC", 2)));
        assertEquals(1.67, s.mean());
        assertEquals(List.of(2.0), s.modes());
        assertEquals(List.of(), Stats.of(List.of(o("AAA", 1), o("BBB", 2))).modes());
        assertNull(Stats.of(List.of()));
    }

    @Test
    void percentagesHaveOneDecimalRoundedHalfUp() {
        assertEquals(72.7, Percent.of(24, 33));
        assertEquals(66.7, Percent.of(18, 27));
        assertEquals(58.6, Percent.of(17, 29));
        assertNull(Percent.of(1, 0));
        assertNull(Percent.of(null, 3));
    }

    @Test
    void answerValuesAreReadLeniently() {
        assertEquals(true, Values.bool(TextNode.valueOf("TRUE")));
        assertNull(Values.bool(IntNode.valueOf(1)));
        assertEquals(13, Values.integer(TextNode.valueOf("13")));
        assertNull(Values.integer(TextNode.valueOf(">21")));
        assertEquals("true", Values.text(BooleanNode.TRUE));
        assertNull(Values.text(TextNode.valueOf("  ")));
        assertNull(Values.yesNo(null));
    }
}
