package org.oas.tip.analytics.sdg;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * All 35 member states over 10 years with every sex x age x form cell reported (pseudo-random counts 0..40, seed 7):
 * after suppression at 5 no published total may be the sum of values of which exactly one is hidden, for the breakdowns
 * by sex, by age and by form (4 + 5 + 13 = 22 breakdowns per country-year), and the whole run stays fast.
 */
class SuppressionPropertyTest {

    @Test
    void noTotalLeavesExactlyOneHiddenValueInItsBreakdown() {
        Random random = new Random(7);
        List<VictimCount> counts = new ArrayList<>();
        List<Population> populations = new ArrayList<>();
        for (String country : M49.OAS_MEMBERS.keySet()) {
            for (int year = 2014; year < 2024; year++) {
                int entry = 0;
                for (String sex : SdgCodes.SEX.keySet()) {
                    for (String age : SdgCodes.AGE.keySet()) {
                        for (String form : SdgCodes.FORMS) {
                            int n = random.nextInt(10) < 6 ? 0 : random.nextInt(41);
                            counts.add(new VictimCount(country, year, sex, age, form, n, ++entry));
                        }
                    }
                }
                populations.add(new Population(country, year, 1_000_000L + random.nextInt(100_000_000), "test"));
            }
        }
        SdgResult result = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> Suppression.suppress(Sdg1622.compute(counts, populations), 5));

        Map<String, Observation> byKey = new HashMap<>();
        for (Observation o : result.observations()) {
            byKey.put(key(o.country(), o.year(), o.sex(), o.age(), o.exploitation()), o);
        }
        int checked = 0;
        for (Observation t : result.observations()) {
            List<List<Observation>> breakdowns = List.of(
                    parts(byKey, t, 0, new ArrayList<>(SdgCodes.SEX.values())),
                    parts(byKey, t, 1, new ArrayList<>(SdgCodes.AGE.values())),
                    parts(byKey, t, 2, SdgCodes.FORMS));
            for (List<Observation> parts : breakdowns) {
                if (parts.isEmpty()) {
                    continue;
                }
                long hidden = parts.stream().filter(Observation::suppressed).count() + (t.suppressed() ? 1 : 0);
                assertTrue(hidden != 1, () -> "exactly one hidden value under " + t);
                if (!t.suppressed() && parts.stream().noneMatch(Observation::suppressed)) {
                    assertEquals(t.count(), parts.stream().mapToLong(Observation::count).sum(), t::toString);
                }
                checked++;
            }
        }
        // Per country-year: 4 totals by sex (_T/age/_T), 5 by age (sex/_T/_T), 13 by form (sex x age and _T/_T/_T).
        assertEquals(35 * 10 * 22, checked);
        assertTrue(result.observations().stream().anyMatch(Observation::suppressed));
        assertFalse(result.observations().stream().allMatch(Observation::suppressed));
    }

    private static List<Observation> parts(Map<String, Observation> byKey, Observation t, int dim, List<String> codes) {
        String[] k = {t.sex(), t.age(), t.exploitation()};
        List<Observation> parts = new ArrayList<>();
        if (!SdgCodes.TOTAL.equals(k[dim])) {
            return parts;
        }
        for (String code : codes) {
            k[dim] = code;
            Observation o = byKey.get(key(t.country(), t.year(), k[0], k[1], k[2]));
            if (o != null) {
                parts.add(o);
            }
        }
        return parts;
    }

    private static String key(String country, int year, String sex, String age, String form) {
        return country + "|" + year + "|" + sex + "|" + age + "|" + form;
    }
}
