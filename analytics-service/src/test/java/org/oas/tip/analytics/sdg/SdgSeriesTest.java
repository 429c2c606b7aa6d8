package org.oas.tip.analytics.sdg;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.oas.tip.analytics.sdg.Data.pop;
import static org.oas.tip.analytics.sdg.Data.vc;

/**
 * Forms summed up to series, and the series suppressed again.
 *
 * <p>MEX 2020 by hand: adult men forced labour 2, slavery 20, sexual 30, organ removal 6; adult women sexual 40. Forms
 * suppressed at 5: forced labour 2 (and its all-sexes total 2) is small; its row (M adult) then has one hidden form, so the
 * smallest other, organ removal 6, is hidden with its total. The hidden forms of the row lie in two series (FL and OG), so
 * the series FL (2 + 20 = 22) must be hidden although 22 is not small: published, 22 - 20 (slavery, shown in the JSON)
 * would give the 2 away.
 */
class SdgSeriesTest {

    private static final List<VictimCount> MEX = List.of(
            vc("MEX", 2020, "MALE", "ADULT_18_PLUS", "FORCED_LABOUR", 2, 1),
            vc("MEX", 2020, "MALE", "ADULT_18_PLUS", "SLAVERY", 20, 2),
            vc("MEX", 2020, "MALE", "ADULT_18_PLUS", "SEXUAL", 30, 3),
            vc("MEX", 2020, "MALE", "ADULT_18_PLUS", "ORGAN_REMOVAL", 6, 4),
            vc("MEX", 2020, "FEMALE", "ADULT_18_PLUS", "SEXUAL", 40, 5));
    private static final SdgResult RAW = Sdg1622.compute(MEX, List.of(pop("MEX", 2020, 128_000_000)));
    private static final SdgResult PUBLISHED = Suppression.suppress(RAW, 5);

    private static Observation find(SdgResult r, String series, String sex, String age) {
        return r.observations().stream().filter(o -> o.series().equals(series) && o.sex().equals(sex) && o.age().equals(age))
                .findFirst().orElseThrow(() -> new AssertionError("no " + series + " " + sex + "/" + age));
    }

    @Test
    void formsAreSummedUpToTheirSeriesWithRates() {
        SdgResult series = SdgSeries.of(RAW);
        assertEquals(22L, find(series, "VC_HTF_DETVFL", "M", "Y_GE18").count());
        assertEquals(70L, find(series, "VC_HTF_DETVSX", "_T", "_T").count());
        assertEquals(98L, find(series, "VC_HTF_DETV", "_T", "_T").count());
        // 98 * 100,000 / 128,000,000 = 0.0765625
        assertEquals(0.077, find(series, "VC_HTF_DETV", "_T", "_T").ratePer100k());
        assertEquals(0.017, find(series, "VC_HTF_DETVFL", "M", "Y_GE18").ratePer100k());
        // DETV: _T, F, M, adults, F adult, M adult; SX: _T and both adult cells; FL, OG: _T and M adult
        assertEquals(6 + 3 + 2 + 2, series.observations().size());
        assertTrue(series.observations().stream().noneMatch(o -> Sdg1622.REGION.equals(o.country())));
        assertTrue(series.observations().stream().noneMatch(Observation::suppressed));
    }

    @Test
    void aSeriesHoldingAHiddenFormIsHiddenWhenTheJsonDoesNotGiveIt() {
        assertTrue(Data.find(PUBLISHED, "MEX", 2020, "M", "Y_GE18", "FORCED_LABOUR").suppressed());
        assertTrue(Data.find(PUBLISHED, "MEX", 2020, "M", "Y_GE18", "ORGAN_REMOVAL").suppressed());
        assertFalse(Data.find(PUBLISHED, "MEX", 2020, "M", "Y_GE18", "SLAVERY").suppressed());

        SdgResult series = SdgSeries.of(RAW, PUBLISHED, 5);
        Observation labour = find(series, "VC_HTF_DETVFL", "M", "Y_GE18");
        assertTrue(labour.suppressed());
        assertNull(labour.count());
        assertNull(labour.ratePer100k());
        assertTrue(find(series, "VC_HTF_DETVFL", "_T", "_T").suppressed());
        assertTrue(find(series, "VC_HTF_DETVOG", "M", "Y_GE18").suppressed());
        assertEquals(98L, find(series, "VC_HTF_DETV", "_T", "_T").count());
        assertEquals(70L, find(series, "VC_HTF_DETVSX", "_T", "_T").count());
    }

    @Test
    void withoutTheCarryOverTheHiddenFormWouldComeBack() {
        // the audit finds the 2 when the series are suppressed on their own, which is why they start from the JSON's
        assertFalse(audit(Suppression.suppress(SdgSeries.of(RAW), 5)).isEmpty());
        assertEquals(Set.of(), audit(SdgSeries.of(RAW, PUBLISHED, 5)));
    }

    /** A series holding every hidden form of its row, whose all-forms total is shown, is given by the JSON: shown. */
    @Test
    void aSeriesTheJsonGivesStaysShown() {
        SdgResult raw = Sdg1622.compute(List.of(
                vc("BRA", 2018, "MALE", "ADULT_18_PLUS", "FORCED_LABOUR", 40, 1),
                vc("BRA", 2018, "MALE", "ADULT_18_PLUS", "SERVITUDE", 2, 2),
                vc("BRA", 2018, "MALE", "ADULT_18_PLUS", "SLAVERY", 8, 3),
                vc("BRA", 2018, "FEMALE", "ADULT_18_PLUS", "SEXUAL", 25, 4)), List.of());
        SdgResult published = Suppression.suppress(raw, 5);
        assertTrue(Data.find(published, "BRA", 2018, "M", "Y_GE18", "SERVITUDE").suppressed());
        SdgResult series = SdgSeries.of(raw, published, 5);
        assertEquals(50L, find(series, "VC_HTF_DETVFL", "M", "Y_GE18").count());
        assertTrue(series.observations().stream().noneMatch(Observation::suppressed));
    }

    private static Set<String> audit(SdgResult shownSeries) {
        SdgDsdConformanceTest.Audit audit = new SdgDsdConformanceTest.Audit();
        audit.table("F", RAW, PUBLISHED, true);
        audit.table("S", SdgSeries.of(RAW), shownSeries, false);
        for (Observation s : SdgSeries.of(RAW).observations()) {
            List<String> forms = new ArrayList<>();
            for (Observation f : RAW.observations()) {
                if (f.country().equals(s.country()) && f.year() == s.year() && f.sex().equals(s.sex()) && f.age().equals(s.age())
                        && f.series().equals(s.series())) {
                    forms.add(SdgDsdConformanceTest.Audit.id("F", f));
                }
            }
            audit.equation(SdgDsdConformanceTest.Audit.id("S", s), forms);
        }
        return audit.solve();
    }
}
