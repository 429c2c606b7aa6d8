package org.oas.tip.analytics.indicator;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.oas.tip.analytics.indicator.Expect.bucket;
import static org.oas.tip.analytics.indicator.Expect.compute;
import static org.oas.tip.analytics.indicator.Expect.headline;
import static org.oas.tip.analytics.indicator.Expect.ids;
import static org.oas.tip.analytics.indicator.Expect.keys;

/** Section F indicators on a hand-made snapshot of six countries. */
class SectionFIndicatorsTest {

    // CCC is in two models (registry and answer), DDD only answered, FFF has nothing.
    private static final Snapshot WORLD = new Fixtures.World("AAA", "BBB", "CCC", "DDD", "EEE", "FFF")
            .add(instrument(501, "AAA", 1), instrument(502, "BBB", 4), instrument(503, "CCC", 2), instrument(504, "CCC", null),
                    instrument(505, "EEE", 4))
            .answer(1, "CCC", "F.systems.model", "4").answer(2, "DDD", "F.systems.model", 3)
            .answer(3, "BBB", "F.tip_statistics_differentiated", true)
            .answer(4, "CCC", "F.tip_statistics_differentiated", false)
            .snapshot();

    private static Fixtures.Instrument instrument(long id, String country, Integer model) {
        return Fixtures.instrument(id, country, "INFORMATION_SYSTEM").system(model);
    }

    @Test
    void systemModelsJoinTheRegistryAndTheAnswers() {
        IndicatorResult r = compute("F.system_model", WORLD);
        headline(r, 5, 5, 6, 83.3);
        keys(r, "1", "2", "3", "4", "NO_DATA");
        bucket(r, "1", 1, "AAA");
        bucket(r, "2", 1, "CCC");
        bucket(r, "3", 1, "DDD");
        bucket(r, "4", 3, "BBB", "CCC", "EEE");
        bucket(r, "NO_DATA", 1, "FFF");
        ids(r, "4", List.of(502L, 505L), List.of(1L));
        ids(r, "3", List.of(), List.of(2L));
    }

    @Test
    void tipStatisticsOverTheModelFourCountries() {
        IndicatorResult r = compute("F.tip_statistics", WORLD);
        headline(r, 1, 1, 3, 33.3);
        bucket(r, "YES", 1, "BBB");
        bucket(r, "NO", 1, "CCC");
        bucket(r, "NO_DATA", 1, "EEE");
    }
}
