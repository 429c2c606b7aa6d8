package org.oas.tip.analytics.indicator;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.oas.tip.analytics.indicator.Expect.bucket;
import static org.oas.tip.analytics.indicator.Expect.compute;
import static org.oas.tip.analytics.indicator.Expect.headline;
import static org.oas.tip.analytics.indicator.Expect.ids;
import static org.oas.tip.analytics.indicator.Expect.percentage;

/** Section C indicators, all from coded answers, on a hand-made snapshot of four countries. */
class SectionCIndicatorsTest {

    // DDD answered nothing.
    private static final Snapshot WORLD = new Fixtures.World("AAA", "BBB", "CCC", "DDD")
            .answer(1, "AAA", "C.populations.identified", true).answer(2, "BBB", "C.populations.identified", false)
            .answer(3, "CCC", "C.populations.identified", "true")
            .answer(10, "AAA", "C.populations.variables", "AGE").answer(11, "AAA", "C.populations.variables", "SEX")
            .answer(12, "BBB", "C.populations.variables", "AGE").answer(13, "CCC", "C.populations.variables", "DISABILITY")
            .answer(20, "AAA", "C.areas.identified", true).answer(21, "BBB", "C.areas.identified", true)
            .answer(22, "CCC", "C.areas.identified", false)
            .answer(30, "AAA", "C.areas.basis", "BASIS_POLITICAL_ADMINISTRATIVE_DIVISION")
            .answer(31, "BBB", "C.areas.basis", "BASIS_AREA_TYPE").answer(32, "BBB", "C.areas.basis", "BASIS_HOTSPOTS")
            .answer(40, "AAA", "C.areas.list.types", 0, "TYPE_BORDER").answer(41, "AAA", "C.areas.list.types", 1, "TYPE_BORDER")
            .answer(42, "AAA", "C.areas.list.types", 1, "TYPE_COASTAL").answer(43, "BBB", "C.areas.list.types", 0, "TYPE_RURAL")
            .answer(50, "AAA", "C.areas.sources", "INSTITUTION_POLICE")
            .answer(51, "AAA", "C.areas.sources", "INSTRUMENT_REPORTS_FILED")
            .answer(52, "BBB", "C.areas.sources", "INSTITUTION_LABOUR")
            .answer(53, "CCC", "C.areas.sources", "INSTRUMENT_INSPECTIONS")
            .answer(60, "AAA", "C.flows.types", "INTERNAL").answer(61, "AAA", "C.flows.types", "INTRA_REGIONAL")
            .answer(62, "AAA", "C.flows.types", "INTER_REGIONAL").answer(63, "BBB", "C.flows.types", "INTERNAL")
            .snapshot();

    @Test
    void vulnerablePopulationsReadBooleansAlsoFromText() {
        IndicatorResult r = compute("C.vulnerable_populations", WORLD);
        headline(r, 2, 2, 4, 50.0);
        bucket(r, "YES", 2, "AAA", "CCC");
        bucket(r, "NO", 1, "BBB");
        bucket(r, "NO_DATA", 1, "DDD");
        ids(r, "YES", List.of(), List.of(1L, 3L));
    }

    @Test
    void populationVariablesCountEachCountryOncePerVariable() {
        IndicatorResult r = compute("C.population_variables", WORLD);
        headline(r, 3, 3, 4, 75.0);
        bucket(r, "AGE", 2, "AAA", "BBB");
        bucket(r, "SEX", 1, "AAA");
        bucket(r, "DISABILITY", 1, "CCC");
        bucket(r, "NATIONALITY", 0);
        bucket(r, "NO_DATA", 1, "DDD");
        percentage(r, "AGE", 50.0);
        ids(r, "AGE", List.of(), List.of(10L, 12L));
    }

    @Test
    void vulnerableAreas() {
        IndicatorResult r = compute("C.vulnerable_areas", WORLD);
        headline(r, 2, 2, 4, 50.0);
        bucket(r, "YES", 2, "AAA", "BBB");
        bucket(r, "NO", 1, "CCC");
        bucket(r, "NO_DATA", 1, "DDD");
    }

    @Test
    void areaBasis() {
        IndicatorResult r = compute("C.area_basis", WORLD);
        headline(r, 2, 2, 4, 50.0);
        bucket(r, "BASIS_POLITICAL_ADMINISTRATIVE_DIVISION", 1, "AAA");
        bucket(r, "BASIS_AREA_TYPE", 1, "BBB");
        bucket(r, "BASIS_HOTSPOTS", 1, "BBB");
        bucket(r, "BASIS_GENERAL", 0);
        bucket(r, "NO_DATA", 2, "CCC", "DDD");
    }

    @Test
    void areaTypesCountACountryOnceAcrossItsAreas() {
        IndicatorResult r = compute("C.area_types", WORLD);
        headline(r, 2, 2, 4, 50.0);
        bucket(r, "TYPE_BORDER", 1, "AAA");
        bucket(r, "TYPE_COASTAL", 1, "AAA");
        bucket(r, "TYPE_RURAL", 1, "BBB");
        bucket(r, "NO_DATA", 2, "CCC", "DDD");
        ids(r, "TYPE_BORDER", List.of(), List.of(40L, 41L));
    }

    @Test
    void areaSourcesAreInstitutionsInstrumentsOrBoth() {
        IndicatorResult r = compute("C.area_sources", WORLD);
        headline(r, 3, 3, 4, 75.0);
        bucket(r, "INSTITUTIONS", 1, "BBB");
        bucket(r, "INSTRUMENTS", 1, "CCC");
        bucket(r, "BOTH", 1, "AAA");
        bucket(r, "NO_DATA", 1, "DDD");
        ids(r, "BOTH", List.of(), List.of(50L, 51L));
    }

    @Test
    void traffickingFlowsNameTheCountriesAtAllThreeLevels() {
        IndicatorResult r = compute("C.trafficking_flows", WORLD);
        headline(r, 2, 2, 4, 50.0);
        bucket(r, "INTERNAL", 2, "AAA", "BBB");
        bucket(r, "INTRA_REGIONAL", 1, "AAA");
        bucket(r, "INTER_REGIONAL", 1, "AAA");
        bucket(r, "NO_DATA", 2, "CCC", "DDD");
        assertEquals(List.of("All three levels: AAA"), r.notes());
    }
}
