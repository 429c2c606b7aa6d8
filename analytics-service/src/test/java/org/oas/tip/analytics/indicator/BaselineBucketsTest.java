package org.oas.tip.analytics.indicator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.oas.tip.analytics.indicator.Expect.bucket;
import static org.oas.tip.analytics.indicator.Expect.headline;

/** The baseline's buckets: they add up where a country can be in one only, and each lists what stands behind it. */
class BaselineBucketsTest {

    /**
     * The indicators where a country may count in several buckets, as their definitions say (several instruments, several
     * answers of a repeated item, two patterns); every other one places each country or record in exactly one.
     */
    static final Set<String> MULTI_VALUED = Set.of("B.incorporation", "B.policy_plan_type", "C.population_variables",
            "C.area_basis", "C.area_types", "C.trafficking_flows", "D.investigation_strategies", "D.unit_sphere",
            "D.protocol_institution", "E.channel_type", "E.dedicated_line_features", "E.alternative_channels",
            "E.victim_protocol_type", "F.system_model", "G.shelter_provider");

    private static Snapshot snapshot;
    private static List<IndicatorResult> results;

    @BeforeAll
    static void compute() throws IOException {
        snapshot = BaselineSnapshot.build();
        results = new Engine().computeAll(snapshot);
    }

    @Test
    void everySingleValuedIndicatorsBucketsAddUpToItsDenominator() {
        for (IndicatorResult r : results) {
            if (!MULTI_VALUED.contains(r.code())) {
                int sum = r.buckets().stream().mapToInt(Bucket::count).sum();
                assertEquals(r.denominator(), sum, r.code() + " buckets " + r.buckets());
            }
        }
    }

    /** Only "no data" lists nothing: nothing stands behind an absence. */
    @Test
    void everyNonEmptyBucketListsTheRecordsOrAnswersBehindIt() {
        for (IndicatorResult r : results) {
            for (Bucket b : r.buckets()) {
                if (b.count() > 0 && !b.key().equals(Outcome.NO_DATA)) {
                    assertFalse(b.recordIds().isEmpty() && b.answerIds().isEmpty() && b.answerRefs().isEmpty(),
                            r.code() + " " + b.key() + " lists nothing behind it");
                }
            }
        }
    }

    /**
     * L523 and L540: 4 new plans. GUY and ARG report a transition without an ended plan in the registry; their answers
     * count them in, so the buckets (4 + 1 + 1 + 5) add up to the 11 countries whose plan ended.
     */
    @Test
    void planTransitionPlacesEachCountryWhosePlanEndedOnce() {
        IndicatorResult r = results.stream().filter(x -> x.code().equals("B.plan_transition")).findFirst().orElseThrow();
        headline(r, 4, 4, 11, 36.4);
        bucket(r, "NEW_PLAN_ADOPTED", 4, "GUY", "HTI", "PAN", "PER");
        bucket(r, "NEW_PLAN_IN_PREPARATION", 1, "ARG");
        bucket(r, "EVALUATION_UNDER_WAY", 1, "CAN");
        bucket(r, "NO_DATA", 5, "BLZ", "BRA", "DOM", "JAM", "USA");
        assertFalse(r.bucket("NO_DATA").orElseThrow().recordIds().isEmpty(), "the ended plans stand behind NO_DATA");
    }

    @Test
    void yearsInStatisticsAreIntegersInJson() throws IOException {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
        IndicatorResult r = results.stream().filter(x -> x.code().equals("D.law_year")).findFirst().orElseThrow();
        JsonNode stats = json.valueToTree(r).get("stats");
        assertTrue(stats.get("min").isIntegralNumber(), stats.toString());
        assertEquals(2000, stats.get("min").intValue());
        assertEquals(2016, stats.get("max").intValue());
        assertTrue(stats.get("modes").get(0).isIntegralNumber(), stats.toString());
        assertEquals(2009.52, stats.get("mean").doubleValue());
        // and they read back as the same result
        assertEquals(r, json.treeToValue(json.valueToTree(r), IndicatorResult.class));
    }

    /** A snapshot stored before raw answers were read has no such field: it loads, and gives the same results. */
    @Test
    void aSnapshotStoredWithoutRawAnswersLoadsAndGivesTheSameResults() throws IOException {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
        ObjectNode stored = json.valueToTree(snapshot);
        stored.remove("rawAnswers");
        Snapshot loaded = json.treeToValue(stored, Snapshot.class);
        assertEquals(List.of(), loaded.rawAnswers());
        assertEquals(results, new Engine().computeAll(loaded));
    }
}
