package org.oas.tip.bench.questionnaire;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.oas.tip.bench.Args;

/**
 * (c) After the registry's restart (command at {@code restartEpochMillis}): how long until it is ready and until every
 * publication of the cycle is DELIVERED; then the registry must hold exactly one instrument per (cycle, country,
 * question, position) of the publications' entries, the one the entry names; when either is not met the run ends with an
 * exception (exit status 1).
 *
 * <pre>outage-recover cycle restartEpochMillis</pre>
 */
public final class OutageRecovery {

    private OutageRecovery() {
    }

    public static void run(Args args) throws Exception {
        String cycle = args.required(0, "cycle");
        long restartEpochMillis = Long.parseLong(args.required(1, "restartEpochMillis"));
        QuestionnaireApi api = QuestionnaireApi.fromEnvironment();
        long registryReady = -1;
        long deadline = restartEpochMillis + 300_000;
        int total = 0, delivered = 0, failed = 0;
        String nextAttemptSpread = null;
        while (System.currentTimeMillis() < deadline) {
            if (registryReady < 0 && api.ready(api.stack().registry())) {
                registryReady = System.currentTimeMillis();
                // when the rows will next be tried, as of the moment the registry is back
                OffsetDateTime now = OffsetDateTime.now(), latest = null;
                for (Publication row : api.publications(cycle, null)) {
                    OffsetDateTime next = row.nextAttemptAt();
                    if (row.is("PENDING") && next != null && (latest == null || next.isAfter(latest))) latest = next;
                }
                nextAttemptSpread = latest == null ? "none pending" : String.format("the last pending row was due again in %.1f s",
                        Duration.between(now, latest).toMillis() / 1000.0);
            }
            List<Publication> rows = api.publications(cycle, null);
            total = rows.size();
            delivered = (int) rows.stream().filter(r -> r.is("DELIVERED")).count();
            failed = (int) rows.stream().filter(r -> r.is("FAILED")).count();
            if (total > 0 && delivered + failed == total) break;
            Thread.sleep(250);
        }
        long done = System.currentTimeMillis();
        System.out.printf("   registry restarted (command) at t=0; ready after %.1f s; %s%n", (registryReady - restartEpochMillis) / 1000.0,
                nextAttemptSpread);
        System.out.printf("   every publication DELIVERED after %.1f s from the restart, %.1f s after the registry was ready"
                        + " (%d rows: %d DELIVERED, %d FAILED, %d still PENDING)%n", (done - restartEpochMillis) / 1000.0,
                (done - registryReady) / 1000.0, total, delivered, failed, total - delivered - failed);
        List<Publication> rows = api.publications(cycle, null);
        int maxAttempts = rows.stream().mapToInt(Publication::attempts).max().orElse(0);
        System.out.printf("   attempts per row at the end: max %d; bound: time until the rows are due again (backoff) + %d passes"
                + " of 20 rows every 2 s (~%d s) to drain %d rows%n", maxAttempts, (total + 19) / 20, 2 * ((total + 19) / 20 - 1), total);
        for (Publication r : rows) {
            if (r.is("FAILED")) System.out.printf("   ! FAILED %s %s: %s%n", r.country(), r.key(), r.lastError());
        }
        boolean exactlyOne = exactlyOneEach(api, cycle, rows);
        if (delivered != total || total == 0 || !exactlyOne) {
            throw new IllegalStateException(String.format("NOT MET: %d of %d publications DELIVERED within 300 s of the restart;"
                    + " exactly one instrument each: %s", delivered, total, exactlyOne ? "yes" : "no"));
        }
    }

    /** Exactly one instrument per (cycle, country, question, position) in the registry, and the one the entry names. */
    private static boolean exactlyOneEach(QuestionnaireApi api, String cycle, List<Publication> rows) throws Exception {
        Map<String, List<Long>> inRegistry = new TreeMap<>();
        Set<String> countries = new TreeSet<>();
        for (Publication r : rows) countries.add(r.country());
        for (String c : countries) {
            for (JsonNode i : api.registryInstruments(c, cycle)) {
                JsonNode p = i.path("provenance");
                inRegistry.computeIfAbsent(c + "/" + p.path("question").asText() + "/" + p.path("position").asText(), k -> new ArrayList<>())
                        .add(i.path("id").asLong());
            }
        }
        int duplicates = 0, missing = 0, wrongId = 0;
        Set<String> expected = new HashSet<>();
        for (Publication r : rows) {
            if (r.is("FAILED")) continue;
            for (Publication.Entry e : r.entries()) {
                String key = r.country() + "/" + e.questionAndPosition();
                expected.add(key);
                List<Long> ids = inRegistry.get(key);
                if (ids == null) {
                    missing++;
                    System.out.println("   ! missing in the registry: " + cycle + "/" + key);
                } else if (e.registryId() != null && !ids.contains(e.registryId())) {
                    wrongId++;
                    System.out.println("   ! " + key + ": outbox says instrument " + e.registryId() + ", registry has " + ids);
                }
            }
        }
        for (var e : inRegistry.entrySet()) {
            if (e.getValue().size() > 1) {
                duplicates += e.getValue().size() - 1;
                System.out.println("   ! duplicated in the registry: " + cycle + "/" + e.getKey() + " ids " + e.getValue());
            }
        }
        int extra = (int) inRegistry.keySet().stream().filter(k -> !expected.contains(k)).count();
        System.out.printf("   registry: %d instruments with provenance cycle %s over %d countries, for %d expected keys (cycle, country,"
                        + " question, position): duplicates %d, missing %d, unexpected %d, outbox id mismatches %d -> %s%n",
                inRegistry.values().stream().mapToInt(List::size).sum(), cycle, countries.size(), expected.size(), duplicates, missing,
                extra, wrongId, duplicates + missing + extra + wrongId == 0 ? "exactly one each" : "NOT exactly one each");
        return duplicates + missing + extra + wrongId == 0;
    }
}
