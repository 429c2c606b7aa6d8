package org.oas.tip.analytics.indicator;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.oas.tip.analytics.indicator.Expect.bucket;
import static org.oas.tip.analytics.indicator.Expect.compute;
import static org.oas.tip.analytics.indicator.Expect.headline;
import static org.oas.tip.analytics.indicator.Expect.ids;
import static org.oas.tip.analytics.indicator.Expect.keys;
import static org.oas.tip.analytics.indicator.Expect.percentage;
import static org.oas.tip.analytics.indicator.Expect.stats;
import static org.oas.tip.analytics.indicator.Fixtures.body;
import static org.oas.tip.analytics.indicator.Fixtures.instrument;

/** Section A indicators on a hand-made snapshot of six countries. */
class SectionAIndicatorsTest {

    // AAA is a sole authority; BBB, CCC and DDD answered collegiate or hybrid; EEE did not answer but the registry holds a
    // collegiate and a sole body for it (so a hybrid); FFF has nothing. The bodies are BBB, CCC, DDD and EEE.
    private static final Snapshot WORLD = new Fixtures.World("AAA", "BBB", "CCC", "DDD", "EEE", "FFF")
            .add(instrument(101, "EEE", "INTER_AGENCY_BODY").body(body("COLLEGIATE").chairPublicSecurity(true)
                            .establishedBy("ADMINISTRATIVE_DECISION").institutions(6).civilSociety(false, null)
                            .approaches("PREVENTION", "PROSECUTION", "PROTECTION")),
                    instrument(102, "EEE", "INTER_AGENCY_BODY").body(body("SOLE").chairPublicSecurity(false)
                            .establishedBy("LAW").civilSociety(true, 7)),
                    instrument(103, "BBB", "INTER_AGENCY_BODY").body(body("HYBRID")),
                    instrument(104, "CCC", "INTER_AGENCY_BODY").body(body(null).chairPublicSecurity(true).approaches("PROSECUTION")),
                    instrument(110, "CCC", "WEBSITE"), instrument(111, "DDD", "WEBSITE"))
            .answer(1, "AAA", "A.authority.model", "SOLE").answer(2, "BBB", "A.authority.model", "COLLEGIATE")
            .answer(3, "CCC", "A.authority.model", "HYBRID").answer(4, "DDD", "A.authority.model", "COLLEGIATE")
            .answer(10, "AAA", "A.authority.chair_public_security", true)
            .answer(11, "BBB", "A.authority.chair_public_security", false)
            .answer(20, "AAA", "A.chair_type", "MINISTRY_INTERIOR").answer(21, "BBB", "A.chair_type", "MINISTRY_FOREIGN_AFFAIRS")
            .answer(22, "CCC", "A.chair_type", "MINISTRY_INTERIOR").answer(23, "DDD", "A.chair_type", "NEW_CODE")
            .answer(30, "AAA", "A.authority.approaches", "PREVENTION").answer(31, "AAA", "A.authority.approaches", "PROSECUTION")
            .answer(32, "AAA", "A.authority.approaches", "PROTECTION").answer(33, "AAA", "A.authority.approaches", "PARTNERSHIP")
            .answer(34, "BBB", "A.authority.approaches", "PREVENTION").answer(35, "BBB", "A.authority.approaches", "PROTECTION")
            .answer(40, "AAA", "A.website_type", "TIP_SPECIFIC").answer(41, "BBB", "A.website_type", "GENERIC")
            .answer(42, "CCC", "A.website_type", "NONE")
            .answer(50, "AAA", "A.authority.established_by", "LAW").answer(51, "BBB", "A.authority.established_by", "LAW")
            .answer(52, "CCC", "A.authority.established_by", "DECREE")
            .answer(60, "AAA", "A.authority.public_institution_count", 9)
            .answer(61, "BBB", "A.authority.public_institution_count", 13)
            .answer(62, "CCC", "A.authority.public_institution_count", "13")
            .answer(63, "DDD", "A.authority.public_institution_count", 22)
            .answer(64, "EEE", "A.authority.public_institution_count", ">21")
            .answer(70, "BBB", "A.authority.civil_society_included", true)
            .answer(71, "CCC", "A.authority.civil_society_included", false)
            .answer(72, "DDD", "A.authority.civil_society_included", true)
            .answer(80, "BBB", "A.authority.civil_society_count", 3).answer(81, "FFF", "A.authority.civil_society_count", 12)
            .snapshot();

    @Test
    void authorityModelTakesTheAnswerElseCombinesTheRegistryBodies() {
        IndicatorResult r = compute("A.authority_model", WORLD);
        headline(r, 5, 5, 6, 83.3);
        keys(r, "SOLE", "COLLEGIATE", "HYBRID", "NO_DATA");
        bucket(r, "SOLE", 1, "AAA");
        bucket(r, "COLLEGIATE", 2, "BBB", "DDD");
        bucket(r, "HYBRID", 2, "CCC", "EEE");
        bucket(r, "NO_DATA", 1, "FFF");
        // BBB's registry body says HYBRID, but its answer wins; EEE's two bodies make the hybrid
        ids(r, "COLLEGIATE", List.of(), List.of(2L, 4L));
        ids(r, "HYBRID", List.of(101L, 102L), List.of(3L));
        percentage(r, "COLLEGIATE", 33.3);
        percentage(r, "NO_DATA", 16.7);
    }

    @Test
    void chairFromPublicSecurityIsAYesWhenAnyBodySaysSo() {
        IndicatorResult r = compute("A.chair_public_security", WORLD);
        headline(r, 3, 3, 6, 50.0);
        bucket(r, "YES", 3, "AAA", "CCC", "EEE");
        bucket(r, "NO", 1, "BBB");
        bucket(r, "NO_DATA", 2, "DDD", "FFF");
        // EEE's yes rests on body 101 alone, not on body 102 which says no
        ids(r, "YES", List.of(101L, 104L), List.of(10L));
        ids(r, "NO", List.of(), List.of(11L));
    }

    @Test
    void chairTypeKeepsAnUnknownCodeAfterTheDeclaredOnes() {
        IndicatorResult r = compute("A.chair_type", WORLD);
        headline(r, 4, 4, 6, 66.7);
        keys(r, "MINISTRY_INTERIOR", "MINISTRY_SECURITY", "MINISTRY_JUSTICE", "ATTORNEY_GENERAL", "MINISTRY_FOREIGN_AFFAIRS",
                "MINISTRY_SOCIAL_DEVELOPMENT", "PRESIDENCY_OR_CABINET_OFFICE", "MIGRATION_AUTHORITY", "OTHER", "NEW_CODE",
                "NO_DATA");
        bucket(r, "MINISTRY_INTERIOR", 2, "AAA", "CCC");
        bucket(r, "MINISTRY_FOREIGN_AFFAIRS", 1, "BBB");
        bucket(r, "MINISTRY_SECURITY", 0);
        Bucket unknown = bucket(r, "NEW_CODE", 1, "DDD");
        assertEquals("NEW_CODE", unknown.label());
        bucket(r, "NO_DATA", 2, "EEE", "FFF");
    }

    @Test
    void approachCountsThePsAndNamesTheFourth() {
        IndicatorResult r = compute("A.approach", WORLD);
        headline(r, 4, 4, 6, 66.7);
        bucket(r, "THREE_PS", 2, "AAA", "EEE");
        bucket(r, "TWO_PS", 1, "BBB");
        bucket(r, "ONE_P", 1, "CCC");
        bucket(r, "NONE", 0);
        bucket(r, "NO_DATA", 2, "DDD", "FFF");
        ids(r, "THREE_PS", List.of(101L), List.of(30L, 31L, 32L, 33L));
        assertEquals(List.of("A fourth P, partnership: AAA"), r.notes());
    }

    @Test
    void websiteTypeFallsBackToAWebsiteInstrument() {
        IndicatorResult r = compute("A.website_type", WORLD);
        headline(r, 4, 4, 6, 66.7);
        bucket(r, "TIP_SPECIFIC", 2, "AAA", "DDD");
        bucket(r, "GENERIC", 1, "BBB");
        bucket(r, "NONE", 1, "CCC");
        bucket(r, "NO_DATA", 2, "EEE", "FFF");
        // CCC answered "none": its website instrument 110 does not override the answer
        ids(r, "TIP_SPECIFIC", List.of(111L), List.of(40L));
        ids(r, "NONE", List.of(), List.of(42L));
    }

    @Test
    void establishmentIsCountedOverTheBodiesOnly() {
        IndicatorResult r = compute("A.establishment", WORLD);
        headline(r, 2, 2, 4, 50.0);
        bucket(r, "LAW", 2, "BBB", "EEE");
        bucket(r, "DECREE", 1, "CCC");
        bucket(r, "ADMINISTRATIVE_DECISION", 1, "EEE");
        bucket(r, "NO_DATA", 1, "DDD");
        // AAA's answer is left out: a sole authority has no inter-agency body
        ids(r, "LAW", List.of(102L), List.of(51L));
        percentage(r, "DECREE", 25.0);
    }

    @Test
    void memberInstitutionsComeFromTheAnswersInRangesWithStatistics() {
        IndicatorResult r = compute("A.member_institutions", WORLD);
        headline(r, 3, 3, 4, 75.0);
        keys(r, "UP_TO_10", "11_15", "16_20", "21_PLUS", "NO_DATA");
        bucket(r, "UP_TO_10", 0);
        bucket(r, "11_15", 2, "BBB", "CCC");
        bucket(r, "21_PLUS", 1, "DDD");
        // EEE's ">21" is no number, and its registry body's 6 does not replace that answer
        bucket(r, "NO_DATA", 1, "EEE");
        ids(r, "11_15", List.of(), List.of(61L, 62L));
        stats(r, 3, 16.0, List.of(13.0), 13.0, List.of("BBB", "CCC"), 22.0, List.of("DDD"));
    }

    @Test
    void memberInstitutionsOfACycleWhoseAuthorityIsARegistryRecordComeFromTheRegistry() {
        // a structured cycle: the authority group was published as a registry body and no analyst coded the item
        Snapshot cycle = new Fixtures.World("AAA", "BBB", "CCC")
                .add(instrument(201, "AAA", "INTER_AGENCY_BODY").body(body("COLLEGIATE").institutions(8)),
                        instrument(202, "AAA", "INTER_AGENCY_BODY").body(body("COLLEGIATE").institutions(14)),
                        instrument(203, "BBB", "INTER_AGENCY_BODY").body(body("COLLEGIATE").institutions(30)),
                        instrument(204, "CCC", "INTER_AGENCY_BODY").body(body("COLLEGIATE").institutions(5)))
                .answer(90, "CCC", "A.authority.public_institution_count", 9)
                .snapshot();
        IndicatorResult r = compute("A.member_institutions", cycle);
        headline(r, 3, 3, 3, 100.0);
        // AAA: the larger of its two bodies; CCC: the analyst's code, not its body's 5
        bucket(r, "11_15", 1, "AAA");
        bucket(r, "21_PLUS", 1, "BBB");
        bucket(r, "UP_TO_10", 1, "CCC");
        ids(r, "11_15", List.of(202L), List.of());
        ids(r, "UP_TO_10", List.of(), List.of(90L));
        stats(r, 3, 17.67, List.of(), 9.0, List.of("CCC"), 30.0, List.of("BBB"));
    }

    @Test
    void compositionIsMixedWhenCivilSocietySits() {
        IndicatorResult r = compute("A.composition", WORLD);
        headline(r, 3, 3, 4, 75.0);
        bucket(r, "MIXED", 3, "BBB", "DDD", "EEE");
        bucket(r, "UNIFORM", 1, "CCC");
        bucket(r, "NO_DATA", 0);
        ids(r, "MIXED", List.of(102L), List.of(70L, 72L));
    }

    @Test
    void civilSocietyCountsRangeOverTheMixedBodies() {
        IndicatorResult r = compute("A.civil_society_count", WORLD);
        headline(r, 3, 3, 4, 75.0);
        keys(r, "UNDER_5", "5_9", "10_PLUS", "UNSPECIFIED");
        bucket(r, "UNDER_5", 1, "BBB");
        bucket(r, "5_9", 1, "EEE");
        bucket(r, "10_PLUS", 1, "FFF");
        bucket(r, "UNSPECIFIED", 1, "DDD");
        ids(r, "5_9", List.of(102L), List.of());
        stats(r, 3, 7.33, List.of(), 3.0, List.of("BBB"), 12.0, List.of("FFF"));
    }

    @Test
    void aYesNoIndicatorOverNoRespondentsHasNoPercentage() {
        IndicatorResult r = compute("A.chair_public_security", new Fixtures.World().snapshot());
        headline(r, 0, 0, 0, null);
        assertNull(r.bucket("YES").orElseThrow().percentage());
    }
}
