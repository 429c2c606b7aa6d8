package org.oas.tip.analytics.sdg;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.oas.tip.analytics.sdg.Data.arg2017;
import static org.oas.tip.analytics.sdg.Data.find;
import static org.oas.tip.analytics.sdg.Data.pop;
import static org.oas.tip.analytics.sdg.Data.vc;

/** Primary and secondary suppression worked out by hand on small tables; the cells are named sex/age/form. */
class SuppressionTest {

    private static final SdgResult ARG = Sdg1622.compute(arg2017(), List.of(pop("ARG", 2017, 44_000_000)));

    private static Set<String> hidden(SdgResult r) {
        return r.observations().stream().filter(Observation::suppressed)
                .map(o -> o.country() + ":" + o.sex() + "/" + o.age() + "/" + o.exploitation())
                .collect(Collectors.toSet());
    }

    /**
     * Threshold 5 on ARG 2017. Primary: the 3 girls in F/Y0T17/SEXUAL, F/Y0T17/_T and _T/Y0T17/_T. Secondary: F/_T/_T
     * (123) = F/Y0T17/_T + F/Y_GE18/_T, so F/Y_GE18/_T (120) goes; F/_T/_T is also the sum of F's detailed cells, so
     * F/Y_GE18/SEXUAL (120) goes; _T/_T/_T (153) = _T/Y0T17/_T + _T/Y_GE18/_T, so _T/Y_GE18/_T (150) goes. Every other
     * group then has 0 or at least 2 hidden values: 3 + 3 = 6 hidden, and the 3 can no longer be recovered.
     */
    @Test
    void smallCountAndItsComplementsAreHidden() {
        SdgResult r = Suppression.suppress(ARG, 5);
        assertEquals(Set.of("ARG:F/Y0T17/SEXUAL", "ARG:F/Y0T17/_T", "ARG:_T/Y0T17/_T",
                "ARG:F/Y_GE18/_T", "ARG:F/Y_GE18/SEXUAL", "ARG:_T/Y_GE18/_T"), hidden(r));
        Observation girls = find(r, "ARG", 2017, "F", "Y0T17", "SEXUAL");
        assertNull(girls.count());
        assertNull(girls.ratePer100k());
        assertEquals(44_000_000L, girls.population());
        assertEquals(List.of(3), girls.entries());
        assertEquals(153L, find(r, "ARG", 2017, "_T", "_T", "_T").count());
        assertEquals(123L, find(r, "ARG", 2017, "F", "_T", "_T").count());
        assertEquals(30L, find(r, "ARG", 2017, "M", "Y_GE18", "FORCED_LABOUR").count());
        assertEquals(153L, find(r, "OAS", 2017, "_T", "_T", "_T").count());
        assertTrue(r.notes().get(r.notes().size() - 1).contains("threshold 5: 3 count(s) from 1 to 4, and 3 more"),
                r.notes().toString());
    }

    /**
     * CHL 2019 adults, sexual exploitation: F 40, M 2, _U 10 (total 52). Primary: the three M cells (M/Y_GE18/SEXUAL,
     * M/Y_GE18/_T, M/_T/_T). In each sex group (F + M + _U = _T) the smallest other non-zero cell is _U (10), so its
     * three cells go too; F (40) and every total (52) stay.
     */
    @Test
    void oneHiddenSexHidesTheSmallestOtherSex() {
        SdgResult r = Suppression.suppress(Sdg1622.compute(List.of(
                vc("CHL", 2019, "FEMALE", "ADULT_18_PLUS", "SEXUAL", 40, 1),
                vc("CHL", 2019, "MALE", "ADULT_18_PLUS", "SEXUAL", 2, 2),
                vc("CHL", 2019, "UNKNOWN", "ADULT_18_PLUS", "SEXUAL", 10, 3)), List.of()), 5);
        assertEquals(Set.of("CHL:M/Y_GE18/SEXUAL", "CHL:M/Y_GE18/_T", "CHL:M/_T/_T",
                "CHL:_U/Y_GE18/SEXUAL", "CHL:_U/Y_GE18/_T", "CHL:_U/_T/_T"), hidden(r));
        assertEquals(52L, find(r, "CHL", 2019, "_T", "_T", "_T").count());
        assertEquals(40L, find(r, "CHL", 2019, "F", "_T", "_T").count());
    }

    @Test
    void thresholdOneOrLessHidesNothing() {
        assertSame(ARG, Suppression.suppress(ARG, 1));
        assertEquals(ARG, Suppression.suppress(ARG, 0));
        assertTrue(hidden(Suppression.suppress(ARG, 1)).isEmpty());
    }

    @Test
    void zeroCountsAreNotHidden() {
        SdgResult r = Suppression.suppress(Sdg1622.compute(List.of(
                vc("PER", 2020, "FEMALE", "ADULT_18_PLUS", "SEXUAL", 0, 1)), List.of()), 5);
        assertTrue(hidden(r).isEmpty());
        assertEquals(0L, find(r, "PER", 2020, "_T", "_T", "_T").count());
    }

    @Test
    void theInputIsNotChanged() {
        SdgResult before = Sdg1622.compute(arg2017(), List.of(pop("ARG", 2017, 44_000_000)));
        Suppression.suppress(before, 5);
        assertEquals(ARG, before);
        assertFalse(before.observations().stream().anyMatch(Observation::suppressed));
        assertEquals(3L, find(before, "ARG", 2017, "F", "Y0T17", "SEXUAL").count());
    }

    /**
     * 2017: ARG 153 and URY 2 (F/adult/sexual): URY's cells are all 2 and hidden; OAS 2017 = 155 stays, but then ARG's
     * total 153 is the only other member of the regional group and is hidden too. 2018: CAN alone with 4, so OAS 2018 = 4
     * is hidden by the threshold itself.
     */
    @Test
    void regionalTotalsFollowTheSameRules() {
        List<VictimCount> counts = new ArrayList<>(arg2017());
        counts.add(vc("URY", 2017, "FEMALE", "ADULT_18_PLUS", "SEXUAL", 2, 1));
        counts.add(vc("CAN", 2018, "MALE", "ADULT_18_PLUS", "FORCED_LABOUR", 4, 1));
        SdgResult r = Suppression.suppress(Sdg1622.compute(counts, List.of()), 5);
        assertEquals(155L, find(r, "OAS", 2017, "_T", "_T", "_T").count());
        assertTrue(find(r, "ARG", 2017, "_T", "_T", "_T").suppressed());
        assertTrue(find(r, "URY", 2017, "_T", "_T", "_T").suppressed());
        assertTrue(find(r, "OAS", 2018, "_T", "_T", "_T").suppressed());
        assertNull(find(r, "OAS", 2018, "_T", "_T", "_T").count());
    }
}
