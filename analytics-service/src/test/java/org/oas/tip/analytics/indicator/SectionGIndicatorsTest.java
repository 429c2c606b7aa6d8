package org.oas.tip.analytics.indicator;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.oas.tip.analytics.indicator.Expect.bucket;
import static org.oas.tip.analytics.indicator.Expect.compute;
import static org.oas.tip.analytics.indicator.Expect.headline;
import static org.oas.tip.analytics.indicator.Expect.ids;
import static org.oas.tip.analytics.indicator.Fixtures.body;
import static org.oas.tip.analytics.indicator.Fixtures.instrument;

/** Section G indicators on a hand-made snapshot of five countries. */
class SectionGIndicatorsTest {

    // AAA is a sole authority; BBB, CCC (collegiate) and DDD (hybrid) have bodies; EEE only answered that it has shelters
    // for women. The countries with shelters are AAA and CCC (registry), DDD (shelter answers) and EEE.
    private static final Snapshot WORLD = new Fixtures.World("AAA", "BBB", "CCC", "DDD", "EEE")
            .add(instrument(601, "CCC", "INTER_AGENCY_BODY").body(body(null).headSex("FEMALE").genderEntity(false)),
                    instrument(602, "DDD", "INTER_AGENCY_BODY").body(body(null).genderEntity(true)),
                    instrument(603, "DDD", "INTER_AGENCY_BODY").body(body(null).genderEntity(false)),
                    instrument(610, "AAA", "NATIONAL_POLICY").plan(null, null, true),
                    instrument(611, "AAA", "PLAN").plan("PLAN_OF_ACTION", null, false),
                    instrument(612, "BBB", "PLAN").plan("PLAN_OF_ACTION", null, false),
                    instrument(613, "CCC", "PLAN").plan("PLAN_OF_ACTION", null, null),
                    instrument(620, "AAA", "SHELTER").shelter("STATE", true, true),
                    instrument(621, "AAA", "SHELTER").shelter("BOTH", false, null),
                    instrument(622, "CCC", "SHELTER").shelter("NGO", null, false))
            .answer(1, "AAA", "A.authority.model", "SOLE").answer(2, "BBB", "A.authority.model", "COLLEGIATE")
            .answer(3, "CCC", "A.authority.model", "COLLEGIATE").answer(4, "DDD", "A.authority.model", "HYBRID")
            .answer(5, "AAA", "A.authority.head_sex", "FEMALE").answer(6, "BBB", "A.authority.head_sex", "MALE")
            .answer(7, "BBB", "A.authority.gender_entity_member", true)
            .answer(8, "AAA", "A.chair_gender_entity", true).answer(9, "BBB", "A.chair_gender_entity", false)
            .answer(10, "DDD", "B.plans.gender_perspective", 0, true)
            .answer(11, "BBB", "B.policies.gender_perspective", "false")
            .answer(12, "AAA", "G.women_vulnerable", true).answer(13, "BBB", "G.women_vulnerable", false)
            .answer(14, "AAA", "G.shelters_for_women", true).answer(15, "BBB", "G.shelters_for_women", false)
            .answer(16, "EEE", "G.shelters_for_women", true)
            .answer(17, "DDD", "E.shelters.provider", 0, "STATE").answer(18, "DDD", "E.shelters.accepts_children", 0, true)
            .snapshot();

    @Test
    void headSexFromTheAnswerElseTheBody() {
        IndicatorResult r = compute("G.head_sex", WORLD);
        headline(r, 3, 3, 5, 60.0);
        bucket(r, "FEMALE", 2, "AAA", "CCC");
        bucket(r, "MALE", 1, "BBB");
        bucket(r, "NO_DATA", 2, "DDD", "EEE");
        ids(r, "FEMALE", List.of(601L), List.of(5L));
    }

    @Test
    void genderEntityOverTheBodies() {
        IndicatorResult r = compute("G.gender_entity_member", WORLD);
        headline(r, 2, 2, 3, 66.7);
        bucket(r, "YES", 2, "BBB", "DDD");
        bucket(r, "NO", 1, "CCC");
        bucket(r, "NO_DATA", 0);
        ids(r, "YES", List.of(602L), List.of(7L));
    }

    @Test
    void chairedByAGenderEntity() {
        IndicatorResult r = compute("G.chaired_by_gender_entity", WORLD);
        headline(r, 1, 1, 5, 20.0);
        bucket(r, "YES", 1, "AAA");
        bucket(r, "NO", 1, "BBB");
        bucket(r, "NO_DATA", 3, "CCC", "DDD", "EEE");
    }

    @Test
    void genderPerspectiveIsAYesWhenAnyPolicyOrPlanTakesIt() {
        IndicatorResult r = compute("G.gender_perspective", WORLD);
        headline(r, 2, 2, 5, 40.0);
        bucket(r, "YES", 2, "AAA", "DDD");
        bucket(r, "NO", 1, "BBB");
        bucket(r, "NO_DATA", 2, "CCC", "EEE");
        ids(r, "YES", List.of(610L), List.of(10L));
        ids(r, "NO", List.of(612L), List.of(11L));
    }

    @Test
    void womenVulnerable() {
        IndicatorResult r = compute("G.women_vulnerable", WORLD);
        headline(r, 1, 1, 5, 20.0);
        bucket(r, "YES", 1, "AAA");
        bucket(r, "NO", 1, "BBB");
        bucket(r, "NO_DATA", 3, "CCC", "DDD", "EEE");
    }

    @Test
    void sheltersForWomen() {
        IndicatorResult r = compute("G.shelters_for_women", WORLD);
        headline(r, 2, 2, 5, 40.0);
        bucket(r, "YES", 2, "AAA", "EEE");
        bucket(r, "NO", 1, "BBB");
        bucket(r, "NO_DATA", 2, "CCC", "DDD");
    }

    @Test
    void shelterProvidersCountACountryInEachPattern() {
        IndicatorResult r = compute("G.shelter_provider", WORLD);
        headline(r, 3, 3, 4, 75.0);
        bucket(r, "STATE", 2, "AAA", "DDD");
        bucket(r, "NGO", 1, "CCC");
        bucket(r, "BOTH", 1, "AAA");
        bucket(r, "NO_DATA", 1, "EEE");
        ids(r, "STATE", List.of(620L), List.of(17L));
    }

    @Test
    void shelterTypes() {
        IndicatorResult r = compute("G.shelter_type", WORLD);
        headline(r, 1, 1, 4, 25.0);
        bucket(r, "EXCLUSIVE", 1, "AAA");
        bucket(r, "SHARED", 1, "AAA");
        bucket(r, "NO_DATA", 3, "CCC", "DDD", "EEE");
        ids(r, "SHARED", List.of(621L), List.of());
    }

    @Test
    void sheltersAcceptingChildren() {
        IndicatorResult r = compute("G.shelter_children", WORLD);
        headline(r, 2, 2, 4, 50.0);
        bucket(r, "YES", 2, "AAA", "DDD");
        bucket(r, "NO", 1, "CCC");
        bucket(r, "NO_DATA", 1, "EEE");
        ids(r, "YES", List.of(620L), List.of(18L));
    }
}
