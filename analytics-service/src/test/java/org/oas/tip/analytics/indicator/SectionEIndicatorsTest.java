package org.oas.tip.analytics.indicator;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.oas.tip.analytics.indicator.Expect.bucket;
import static org.oas.tip.analytics.indicator.Expect.compute;
import static org.oas.tip.analytics.indicator.Expect.headline;
import static org.oas.tip.analytics.indicator.Expect.ids;
import static org.oas.tip.analytics.indicator.Expect.keys;
import static org.oas.tip.analytics.indicator.Expect.percentage;
import static org.oas.tip.analytics.indicator.Expect.stats;
import static org.oas.tip.analytics.indicator.Fixtures.instrument;

/** Section E indicators on a hand-made snapshot of five countries. */
class SectionEIndicatorsTest {

    // AAA's line meets 5 of the 6 core features; BBB has two lines, one without a number; CCC's line has a blank number
    // and no features; DDD has only thematic lines and e-mail; EEE a channel of unstated type.
    private static final Snapshot WORLD = new Fixtures.World("AAA", "BBB", "CCC", "DDD", "EEE")
            .add(instrument(401, "AAA", "REPORTING_CHANNEL").channel("DEDICATED_TIP_LINE", null, "145", "FREE", "ANONYMOUS",
                            "EASY_TO_REMEMBER", "SPECIALIZED_STAFF", "REFERRAL_CONNECTED"),
                    instrument(402, "BBB", "REPORTING_CHANNEL").channel("DEDICATED_TIP_LINE", null, null, "FREE", "H24"),
                    instrument(403, "BBB", "REPORTING_CHANNEL").channel("DEDICATED_TIP_LINE", null, "0800", "MULTILINGUAL", "TTY"),
                    instrument(404, "CCC", "REPORTING_CHANNEL").channel("DEDICATED_TIP_LINE", null, " "),
                    instrument(405, "AAA", "REPORTING_CHANNEL").channel("POLICE_LINE", null, "911"),
                    instrument(406, "CCC", "REPORTING_CHANNEL").channel("THEMATIC_LINE", "violence against women", null),
                    instrument(407, "CCC", "REPORTING_CHANNEL").channel("THEMATIC_LINE", "domestic violence", null),
                    instrument(408, "DDD", "REPORTING_CHANNEL").channel("THEMATIC_LINE", "women", null),
                    instrument(409, "DDD", "REPORTING_CHANNEL").channel("THEMATIC_LINE", null, null),
                    instrument(410, "DDD", "REPORTING_CHANNEL").channel("THEMATIC_LINE", "migrants", null),
                    instrument(411, "DDD", "REPORTING_CHANNEL").channel("EMAIL", null, "tip@ddd"),
                    instrument(412, "AAA", "REPORTING_CHANNEL").channel("WEBSITE", null, "http://aaa"),
                    instrument(413, "AAA", "REPORTING_CHANNEL").channel("APP", null, null),
                    instrument(414, "CCC", "REPORTING_CHANNEL").channel("SOCIAL_MEDIA", null, null),
                    instrument(415, "EEE", "REPORTING_CHANNEL"),
                    instrument(420, "AAA", "PROTOCOL").protocol("VICTIM_ASSISTANCE").online("http://aaa/p"),
                    instrument(421, "AAA", "PROTOCOL").protocol("CONSULAR"),
                    instrument(422, "BBB", "PROTOCOL").protocol("VICTIM_ASSISTANCE"),
                    instrument(423, "CCC", "PROTOCOL").protocol(null),
                    instrument(424, "DDD", "PROTOCOL").protocol("CRIMINAL_INVESTIGATION"))
            .snapshot();

    @Test
    void channelTypes() {
        IndicatorResult r = compute("E.channel_type", WORLD);
        headline(r, 5, 5, 5, 100.0);
        bucket(r, "DEDICATED_TIP_LINE", 3, "AAA", "BBB", "CCC");
        bucket(r, "POLICE_LINE", 1, "AAA");
        bucket(r, "THEMATIC_LINE", 2, "CCC", "DDD");
        bucket(r, "EMERGENCY_911", 0);
        bucket(r, "WEBSITE", 1, "AAA");
        bucket(r, "EMAIL", 1, "DDD");
        bucket(r, "APP", 1, "AAA");
        bucket(r, "SOCIAL_MEDIA", 1, "CCC");
        bucket(r, "TYPE_NOT_STATED", 1, "EEE");
        bucket(r, "NO_DATA", 0);
        ids(r, "DEDICATED_TIP_LINE", List.of(401L, 402L, 403L, 404L), List.of());
    }

    @Test
    void dedicatedLineWithOrWithoutItsNumber() {
        IndicatorResult r = compute("E.dedicated_line", WORLD);
        headline(r, 3, 3, 5, 60.0);
        keys(r, "NUMBER_GIVEN", "NO_NUMBER", "NO_DATA");
        bucket(r, "NUMBER_GIVEN", 2, "AAA", "BBB");
        // a blank number is no number
        bucket(r, "NO_NUMBER", 1, "CCC");
        bucket(r, "NO_DATA", 2, "DDD", "EEE");
        ids(r, "NUMBER_GIVEN", List.of(401L, 403L), List.of());
    }

    @Test
    void dedicatedLineFeaturesCountACountrysLinesTogether() {
        IndicatorResult r = compute("E.dedicated_line_features", WORLD);
        headline(r, 2, 2, 3, 66.7);
        keys(r, "FREE", "ANONYMOUS", "EASY_TO_REMEMBER", "SPECIALIZED_STAFF", "REFERRAL_CONNECTED", "MULTILINGUAL", "H24",
                "TTY", "TEXT_CHAT", "NONE_STATED");
        bucket(r, "FREE", 2, "AAA", "BBB");
        bucket(r, "ANONYMOUS", 1, "AAA");
        bucket(r, "REFERRAL_CONNECTED", 1, "AAA");
        bucket(r, "MULTILINGUAL", 1, "BBB");
        bucket(r, "H24", 1, "BBB");
        bucket(r, "TTY", 1, "BBB");
        bucket(r, "TEXT_CHAT", 0);
        bucket(r, "NONE_STATED", 1, "CCC");
        ids(r, "FREE", List.of(401L, 402L), List.of());
        percentage(r, "FREE", 66.7);
    }

    @Test
    void dedicatedLineScoreTakesEachCountrysBestLine() {
        IndicatorResult r = compute("E.dedicated_line_score", WORLD);
        headline(r, 1, 1, 3, 33.3);
        keys(r, "0", "1", "2", "3", "4", "5", "6");
        bucket(r, "0", 1, "CCC");
        bucket(r, "1", 1, "BBB");
        bucket(r, "5", 1, "AAA");
        bucket(r, "6", 0);
        // both of BBB's lines score 1 (H24 and TTY are not core features)
        ids(r, "1", List.of(402L, 403L), List.of());
        assertEquals("5 of 6", r.bucket("5").orElseThrow().label());
        stats(r, 3, 2.0, List.of(), 0.0, List.of("CCC"), 5.0, List.of("AAA"));
    }

    @Test
    void thematicLinesByTopicGroup() {
        IndicatorResult r = compute("E.thematic_topic", WORLD);
        headline(r, 4, 4, 5, 80.0);
        bucket(r, "WOMEN_GENDER", 1, "DDD");
        bucket(r, "VIOLENCE", 1, "CCC");
        bucket(r, "DOMESTIC_VIOLENCE", 1, "CCC");
        bucket(r, "LABOUR", 0);
        bucket(r, "OTHER", 1, "DDD");
        bucket(r, "UNSPECIFIED", 1, "DDD");
        ids(r, "OTHER", List.of(410L), List.of());
        percentage(r, "VIOLENCE", 20.0);
    }

    @Test
    void topicGroupsOfTheRegistryAndTheQuestionnaire() {
        assertEquals("VIOLENCE", SectionEIndicators.topicGroup("sexual violence"));
        assertEquals("WOMEN_GENDER", SectionEIndicators.topicGroup("gender"));
        assertEquals("LABOUR", SectionEIndicators.topicGroup("labour"));
        assertEquals("CHILDREN_ADOLESCENTS", SectionEIndicators.topicGroup("CHILDREN_ADOLESCENTS"));
        assertEquals("HUMAN_RIGHTS", SectionEIndicators.topicGroup("HUMAN_RIGHTS"));
        assertEquals("OTHER", SectionEIndicators.topicGroup("victims"));
    }

    @Test
    void alternativeChannels() {
        IndicatorResult r = compute("E.alternative_channels", WORLD);
        headline(r, 3, 3, 5, 60.0);
        bucket(r, "WEBSITE", 1, "AAA");
        bucket(r, "EMAIL", 1, "DDD");
        bucket(r, "APP", 1, "AAA");
        bucket(r, "SOCIAL_MEDIA", 1, "CCC");
        bucket(r, "NO_DATA", 2, "BBB", "EEE");
    }

    @Test
    void victimProtocolTypesLeaveOutInvestigationProtocols() {
        IndicatorResult r = compute("E.victim_protocol_type", WORLD);
        headline(r, 3, 3, 5, 60.0);
        bucket(r, "VICTIM_ASSISTANCE", 2, "AAA", "BBB");
        bucket(r, "CONSULAR", 1, "AAA");
        bucket(r, "UNCLASSIFIED", 1, "CCC");
        bucket(r, "SUPRANATIONAL", 0);
        bucket(r, "NO_DATA", 2, "DDD", "EEE");
    }

    @Test
    void victimProtocolsOnline() {
        IndicatorResult r = compute("E.victim_protocol_online", WORLD);
        headline(r, 1, 1, 2, 50.0);
        bucket(r, "FOUND_ONLINE", 1, "AAA");
        bucket(r, "NOT_FOUND", 1, "BBB");
        ids(r, "FOUND_ONLINE", List.of(420L), List.of());
    }
}
