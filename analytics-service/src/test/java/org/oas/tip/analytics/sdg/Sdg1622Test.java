package org.oas.tip.analytics.sdg;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.oas.tip.analytics.sdg.Data.arg2017;
import static org.oas.tip.analytics.sdg.Data.find;
import static org.oas.tip.analytics.sdg.Data.pop;
import static org.oas.tip.analytics.sdg.Data.vc;

/**
 * ARG 2017 with population 44,000,000: F/adult/sexual 120, M/adult/forced labour 30, F/child/sexual 3.
 * By hand: total 153, rate 153 * 100000 / 44e6 = 0.34772.. = 0.348; F 123 (0.27954.. = 0.280), M 30 (0.06818.. = 0.068);
 * children 3 (0.00681.. = 0.007), adults 150 (0.341); sexual 123, forced labour 30; sex x age F/child 3, F/adult 120,
 * M/adult 30; the 3 detailed cells. That is 1 + 2 + 2 + 2 + 3 + 3 = 13 observations, plus OAS 2017 = 153.
 */
class Sdg1622Test {

    private static final SdgResult ARG = Sdg1622.compute(arg2017(), List.of(pop("ARG", 2017, 44_000_000)));

    @Test
    void totalsAndRatesOfOneCountry() {
        Observation total = find(ARG, "ARG", 2017, "_T", "_T", "_T");
        assertEquals(153L, total.count());
        assertEquals(0.348, total.ratePer100k());
        assertEquals("C", total.countNature());
        assertEquals("CA", total.rateNature());
        assertEquals(44_000_000L, total.population());
        assertEquals(List.of(1, 2, 3), total.entries());
        assertEquals(123L, find(ARG, "ARG", 2017, "F", "_T", "_T").count());
        assertEquals(0.280, find(ARG, "ARG", 2017, "F", "_T", "_T").ratePer100k());
        assertEquals(30L, find(ARG, "ARG", 2017, "M", "_T", "_T").count());
        assertEquals(0.068, find(ARG, "ARG", 2017, "M", "_T", "_T").ratePer100k());
        assertEquals(3L, find(ARG, "ARG", 2017, "_T", "Y0T17", "_T").count());
        assertEquals(0.007, find(ARG, "ARG", 2017, "_T", "Y0T17", "_T").ratePer100k());
        assertEquals(150L, find(ARG, "ARG", 2017, "_T", "Y_GE18", "_T").count());
        assertEquals(123L, find(ARG, "ARG", 2017, "_T", "_T", "SEXUAL").count());
        assertEquals(120L, find(ARG, "ARG", 2017, "F", "Y_GE18", "_T").count());
        assertEquals(3L, find(ARG, "ARG", 2017, "F", "Y0T17", "SEXUAL").count());
        assertEquals(List.of(3), find(ARG, "ARG", 2017, "F", "Y0T17", "SEXUAL").entries());
        assertEquals(14, ARG.observations().size());
        assertEquals(List.of("ARG"), ARG.countries());
        assertTrue(ARG.notes().isEmpty(), ARG.notes().toString());
    }

    @Test
    void sexByFormAndAgeByFormAloneAreNotPublished() {
        assertTrue(ARG.observations().stream().noneMatch(o -> !o.exploitation().equals("_T")
                && (o.sex().equals("_T") != o.age().equals("_T"))));
    }

    @Test
    void formsFallUnderTheirSeries() {
        assertEquals("VC_HTF_DETV", find(ARG, "ARG", 2017, "F", "_T", "_T").series());
        assertEquals("VC_HTF_DETVSX", find(ARG, "ARG", 2017, "_T", "_T", "SEXUAL").series());
        assertEquals("VC_HTF_DETVFL", find(ARG, "ARG", 2017, "M", "Y_GE18", "FORCED_LABOUR").series());
        assertEquals("VC_HTF_DETVFL", SdgCodes.series("SERVITUDE"));
        assertEquals("VC_HTF_DETVFL", SdgCodes.series("SLAVERY"));
        assertEquals("VC_HTF_DETVOG", SdgCodes.series("ORGAN_REMOVAL"));
        for (String other : List.of("FORCED_MARRIAGE", "ILLEGAL_ADOPTION", "FORCED_CRIMINALITY", "OTHER", "MIXED")) {
            assertEquals("VC_HTF_DETVOP", SdgCodes.series(other), other);
        }
    }

    /** BRA 2018 has no population figure: count 47, rate null, no rate nature, and a note naming BRA 2018. */
    @Test
    void missingPopulationLeavesTheRateEmptyWithANote() {
        SdgResult r = Sdg1622.compute(List.of(vc("BRA", 2018, "MALE", "ADULT_18_PLUS", "FORCED_LABOUR", 47, 1)),
                List.of(pop("BRA", 2017, 206_000_000)));
        Observation total = find(r, "BRA", 2018, "_T", "_T", "_T");
        assertEquals(47L, total.count());
        assertNull(total.ratePer100k());
        assertNull(total.rateNature());
        assertNull(total.population());
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("No population figure for BRA 2018")), r.notes().toString());
    }

    /** ARG 2017 F/adult/sexual reported twice, 100 (entry 1) and 20 (entry 4): one cell of 120 with entries 1 and 4. */
    @Test
    void duplicateRowsAreSummed() {
        SdgResult r = Sdg1622.compute(List.of(
                vc("ARG", 2017, "FEMALE", "ADULT_18_PLUS", "SEXUAL", 100, 4),
                vc("ARG", 2017, "FEMALE", "ADULT_18_PLUS", "SEXUAL", 20, 1)), List.of(pop("ARG", 2017, 44_000_000)));
        Observation cell = find(r, "ARG", 2017, "F", "Y_GE18", "SEXUAL");
        assertEquals(120L, cell.count());
        assertEquals(List.of(1, 4), cell.entries());
        assertEquals(0.273, cell.ratePer100k());
        assertEquals(1, r.observations().stream().filter(o -> o.country().equals("ARG") && o.sex().equals("F")
                && o.age().equals("Y_GE18") && o.exploitation().equals("SEXUAL")).count());
    }

    /**
     * 2017: ARG 153 (pop 44e6) and BRA 47 (pop 206e6): OAS 200 over 250e6 = 0.080. 2018: CAN 10 without population
     * plus ARG 2018 22 with 45e6: OAS 32, rate over ARG only 22e5/45e6 = 0.04888.. = 0.049, and a note naming CAN.
     */
    @Test
    void regionalTotalSumsTheReportingCountries() {
        List<VictimCount> counts = new ArrayList<>(arg2017());
        counts.add(vc("BRA", 2017, "MALE", "ADULT_18_PLUS", "FORCED_LABOUR", 47, 1));
        counts.add(vc("CAN", 2018, "FEMALE", "ADULT_18_PLUS", "SEXUAL", 10, 1));
        counts.add(vc("ARG", 2018, "FEMALE", "ADULT_18_PLUS", "SEXUAL", 22, 1));
        SdgResult r = Sdg1622.compute(counts, List.of(pop("ARG", 2017, 44_000_000), pop("BRA", 2017, 206_000_000),
                pop("ARG", 2018, 45_000_000)));
        Observation y2017 = find(r, "OAS", 2017, "_T", "_T", "_T");
        assertEquals(200L, y2017.count());
        assertEquals(250_000_000L, y2017.population());
        assertEquals(0.080, y2017.ratePer100k());
        assertEquals(List.of(), y2017.entries());
        Observation y2018 = find(r, "OAS", 2018, "_T", "_T", "_T");
        assertEquals(32L, y2018.count());
        assertEquals(0.049, y2018.ratePer100k());
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("OAS 2018") && n.contains("CAN")), r.notes().toString());
        assertEquals(List.of("ARG", "BRA", "CAN"), r.countries());
        assertEquals(2, r.observations().stream().filter(o -> o.country().equals("OAS")).count());
    }

    @Test
    void observationsAreSortedWhateverTheInputOrder() {
        List<VictimCount> reversed = new ArrayList<>(arg2017());
        java.util.Collections.reverse(reversed);
        SdgResult r = Sdg1622.compute(reversed, List.of(pop("ARG", 2017, 44_000_000)));
        assertEquals(ARG, r);
        Observation first = r.observations().get(0);
        assertEquals(List.of("ARG", "VC_HTF_DETV", "F", "Y0T17", "_T"),
                List.of(first.country(), first.series(), first.sex(), first.age(), first.exploitation()));
    }

    @Test
    void unknownCodesAreLeftOutWithANote() {
        SdgResult r = Sdg1622.compute(List.of(vc("ARG", 2017, "X", "ADULT_18_PLUS", "SEXUAL", 5, 7)), List.of());
        assertTrue(r.observations().isEmpty());
        assertTrue(r.notes().get(0).contains("ARG 2017 #7"), r.notes().toString());
    }

    @Test
    void serializesWithJackson() throws Exception {
        String json = new ObjectMapper().writeValueAsString(Suppression.suppress(ARG, 5));
        assertTrue(json.contains("\"count\":null"), json);
        assertTrue(json.contains("\"suppressed\":true"), json);
        assertFalse(json.contains("grandTotal"), json);
    }
}
