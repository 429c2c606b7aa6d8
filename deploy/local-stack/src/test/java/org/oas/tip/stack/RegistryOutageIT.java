package org.oas.tip.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The registry stopped while the secretariat accepts responses: the acceptances succeed, their publications wait in the
 * outbox (PENDING, attempts growing), and once the registry is back every one is delivered within the outage's length
 * plus {@link #DRAIN_MARGIN} (at least {@link #MIN_DRAIN_BOUND}), exactly once: one instrument per (cycle, country,
 * question, position), the one the outbox names.
 * ({@code bench/questionnaire-registry-outage.sh} does the same with more countries, on a developer's stack.)
 */
@ExtendWith(RunningStack.class)
class RegistryOutageIT {

    private static final int COUNTRIES = 10;
    /** Phone lines added to the sample's per country, so that each publication carries a good number of entries. */
    private static final int EXTRA_CHANNELS = 3;
    /** How long the outbox is watched while the registry is down. */
    private static final Duration WATCH = Duration.ofSeconds(6);
    /**
     * The longest a drain may take once the registry is healthy again, beyond the outage's own length: a row waits out its
     * backoff (1 s, 2 s, 4 s... doubling with each failed attempt, so its next try comes at most about as long after the
     * registry's return as the outage lasted), then the rows go in passes of 20 every 2 s. At least {@link #MIN_DRAIN_BOUND}.
     */
    private static final Duration DRAIN_MARGIN = Duration.ofSeconds(30);
    private static final Duration MIN_DRAIN_BOUND = Duration.ofSeconds(60);

    @Test
    void publicationsWaitWhileTheRegistryIsDownAndAreDeliveredExactlyOnceWhenItIsBack() throws Exception {
        String token = DurableCycles.secretariat();
        DirectClient questionnaire = new DirectClient(RunningStack.config().questionnairePort(), token);
        DirectClient registry = new DirectClient(RunningStack.config().registryPort(), token);
        String cycle = DurableCycles.open(questionnaire, "outage");
        List<String> countries = DurableCycles.countries(questionnaire, cycle, COUNTRIES);
        for (int i = 0; i < countries.size(); i++) {
            String path = DurableCycles.assignment(cycle, countries.get(i));
            String etag = questionnaire.call("PATCH", path + "/answers", withChannels(i + 1), "If-Match",
                    questionnaire.call("GET", path, null).etag(), "Content-Type", "application/merge-patch+json")
                    .expect(200, "answers of " + countries.get(i)).etag();
            questionnaire.call("POST", path + "/submission", "{}", "If-Match", etag, "Idempotency-Key", cycle + "-" + countries.get(i),
                    "Content-Type", "application/json").expect(200, "submission of " + countries.get(i));
        }

        long stoppedAt = System.nanoTime();
        RunningStack.control("stop", "registry-service");
        List<JsonNode> waiting;
        double drainSeconds;
        double readySeconds;
        int acknowledged = 0;
        try {
            for (String country : countries) {
                String path = DurableCycles.assignment(cycle, country);
                questionnaire.call("POST", path + "/acceptance", null, "If-Match", questionnaire.call("GET", path, null).etag())
                        .expect(200, "acceptance of " + country + " with the registry down");
                acknowledged++;
            }
            // the publications wait: all PENDING, tried again and again
            Http.sleep(WATCH);
            waiting = publications(questionnaire, cycle);
        } finally {
            RunningStack.control("start", "registry-service");
        }
        long readyAt = System.nanoTime();
        readySeconds = (readyAt - stoppedAt) / 1e9;
        assertEquals(countries.size(), waiting.size(), "one publication per accepted response");
        for (JsonNode row : waiting) {
            assertEquals("PENDING", row.path("status").asText(), "while the registry is down: " + row);
            assertTrue(row.path("attempts").asInt() >= 1, "tried while the registry was down: " + row);
        }
        int attemptsWhileDown = 0;
        for (JsonNode row : waiting) {
            attemptsWhileDown += row.path("attempts").asInt();
        }

        List<JsonNode> rows = publications(questionnaire, cycle);
        Duration bound = Duration.ofNanos(Math.max(MIN_DRAIN_BOUND.toNanos(), readyAt - stoppedAt + DRAIN_MARGIN.toNanos()));
        long deadline = readyAt + bound.toNanos();
        while (!rows.stream().allMatch(r -> r.path("status").asText().equals("DELIVERED")) && System.nanoTime() < deadline
                && rows.stream().noneMatch(r -> r.path("status").asText().equals("FAILED"))) {
            Http.sleep(Duration.ofMillis(250));
            rows = publications(questionnaire, cycle);
        }
        drainSeconds = DurableCycles.since(readyAt);

        Map<String, List<Long>> inRegistry = new TreeMap<>();
        for (String country : countries) {
            for (JsonNode i : instruments(registry, country, cycle)) {
                JsonNode p = i.path("provenance");
                inRegistry.computeIfAbsent(country + "/" + p.path("question").asText() + "/" + p.path("position").asText(),
                        k -> new ArrayList<>()).add(i.path("id").asLong());
            }
        }
        List<String> findings = new ArrayList<>();
        int expected = 0;
        int lost = 0;
        int duplicated = 0;
        for (JsonNode row : rows) {
            if (!row.path("status").asText().equals("DELIVERED")) {
                findings.add("not delivered " + bound.toSeconds() + " s after the registry was back: " + row.path("key").asText()
                        + " " + row.path("status").asText() + " after " + row.path("attempts").asInt() + " attempts: " + row.path("lastError").asText());
            }
            for (JsonNode entry : row.path("entries")) {
                expected++;
                String key = row.path("country").asText() + "/" + questionAndPosition(entry.path("ref").asText());
                List<Long> ids = inRegistry.getOrDefault(key, List.of());
                if (ids.isEmpty()) {
                    lost++;
                    findings.add("missing in the registry: " + cycle + "/" + key);
                } else if (ids.size() > 1) {
                    duplicated += ids.size() - 1;
                    findings.add("more than one instrument for " + cycle + "/" + key + ": " + ids);
                } else if (!entry.path("registryId").isMissingNode() && entry.path("registryId").asLong() != ids.get(0)) {
                    findings.add(key + ": the outbox names instrument " + entry.path("registryId").asLong() + ", the registry holds " + ids);
                }
            }
        }
        int stored = inRegistry.values().stream().mapToInt(List::size).sum();
        if (stored != expected) {
            findings.add(stored + " instruments of " + cycle + " in the registry for " + expected + " entries published: " + inRegistry.keySet());
        }
        System.out.printf("[durability] registry stopped during %d acceptances: acknowledged %d acceptances (%d entries to publish),"
                        + " %d attempts while it was down (all PENDING), registry healthy again %.1f s after the stop;"
                        + " delivered %d of %d publications %.1f s after it was back (bound %d s); lost %d, duplicated %d%n",
                countries.size(), acknowledged, expected, attemptsWhileDown, readySeconds,
                rows.stream().filter(r -> r.path("status").asText().equals("DELIVERED")).count(), rows.size(), drainSeconds,
                bound.toSeconds(), lost, duplicated);
        assertTrue(expected >= countries.size() * EXTRA_CHANNELS, "the publications carry every entry: " + expected);
        assertEquals(List.of(), findings, "every publication delivered exactly once");
    }

    /** The sample with {@link #EXTRA_CHANNELS} more dedicated lines, distinct per country. */
    private static String withChannels(int countryIndex) throws IOException {
        ObjectNode doc = (ObjectNode) DirectClient.JSON.readTree(DurableCycles.sample());
        ArrayNode channels = (ArrayNode) doc.path("E").path("E.channels");
        for (int i = 1; i <= EXTRA_CHANNELS; i++) {
            channels.addObject()
                    .put("E.channels.title", "Outage line " + i)
                    .put("E.channels.type", "DEDICATED_TIP_LINE")
                    .put("E.channels.contact", String.format("+1 (8%02d) 555-%04d", countryIndex % 100, i))
                    .put("E.channels.institution", "Ministerio de Seguridad");
        }
        return doc.toString();
    }

    /** The registry's provenance key of an outbox entry: {@code E.channels[3]} is {@code E.channels/3}. */
    private static String questionAndPosition(String ref) {
        int bracket = ref.lastIndexOf('[');
        return bracket < 0 ? ref : ref.substring(0, bracket) + "/" + ref.substring(bracket + 1, ref.length() - 1);
    }

    private static List<JsonNode> publications(DirectClient questionnaire, String cycle) {
        List<JsonNode> rows = new ArrayList<>();
        questionnaire.call("GET", "/api/questionnaire/v1/publications?cycle=" + cycle, null).expect(200, "publications").json()
                .forEach(rows::add);
        return rows;
    }

    /** The country's registry instruments that this cycle's answers created (every page). */
    private static List<JsonNode> instruments(DirectClient registry, String country, String cycle) {
        List<JsonNode> found = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = registry.call("GET", "/api/registry/v1/instruments?limit=500&country=" + country
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)), null)
                    .expect(200, "instruments of " + country).json();
            for (JsonNode i : page.path("items")) {
                JsonNode p = i.path("provenance");
                if ("CYCLE_ANSWER".equals(p.path("source").asText()) && cycle.equals(p.path("cycle").asText())) {
                    found.add(i);
                }
            }
            cursor = page.path("next").isTextual() ? page.path("next").asText() : null;
        } while (cursor != null);
        return found;
    }
}
