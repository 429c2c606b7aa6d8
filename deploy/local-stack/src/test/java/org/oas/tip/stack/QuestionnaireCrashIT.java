package org.oas.tip.stack;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The questionnaire service killed (kill -9) while several countries save and submit, then started again: every
 * acknowledged write is stored exactly once (the stored answers and their history), no submission is stored twice, and
 * a submission acknowledged before the crash, sent again with its Idempotency-Key, gets its first result.
 * ({@code bench/questionnaire-crash.sh} runs the same load for longer, on a developer's stack.)
 */
@ExtendWith(RunningStack.class)
class QuestionnaireCrashIT {

    private static final int COUNTRIES = 6;
    private static final Duration BEFORE_KILL = Duration.ofSeconds(3);
    private static final Duration AFTER_RESTART = Duration.ofSeconds(3);

    @Test
    void everyAcknowledgedWriteSurvivesAKillMinus9OnceAndOnlyOnce() throws Exception {
        DirectClient service = new DirectClient(RunningStack.config().questionnairePort(), DurableCycles.secretariat());
        String cycle = DurableCycles.open(service, "crash");
        List<String> countries = DurableCycles.countries(service, cycle, COUNTRIES);
        String sample = DurableCycles.sample();
        for (String country : countries) {
            // the whole sample first, so that every submission is complete
            String path = DurableCycles.assignment(cycle, country);
            service.call("PATCH", path + "/answers", sample, "If-Match", service.call("GET", path, null).etag(),
                    "Content-Type", "application/merge-patch+json").expect(200, "sample answers of " + country);
        }

        AtomicBoolean stop = new AtomicBoolean();
        CrashWriter.Crash crash = new CrashWriter.Crash();
        long t0 = System.nanoTime();
        long giveUp = t0 + Duration.ofSeconds(120).toNanos();
        List<CrashWriter> writers = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (String country : countries) {
            CrashWriter writer = new CrashWriter(service, cycle, country, stop, giveUp, crash);
            writers.add(writer);
            Thread thread = new Thread(writer, "crash-writer-" + country);
            thread.start();
            threads.add(thread);
        }
        double killedAt;
        double readyAt;
        long inFlight;
        try {
            Http.sleep(BEFORE_KILL);
            // the kill lands while a submission is on its way, when one comes within a few seconds
            long latest = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            while (writers.stream().noneMatch(w -> w.submitting) && System.nanoTime() < latest) {
                Thread.sleep(1);
            }
            inFlight = writers.stream().filter(w -> w.submitting).count();
            crash.killedAt = System.nanoTime();
            RunningStack.control("kill", "questionnaire-service");
            killedAt = DurableCycles.since(t0);
            RunningStack.control("start", "questionnaire-service");
            crash.readyAt = System.nanoTime();
            readyAt = DurableCycles.since(t0);
            Http.sleep(AFTER_RESTART);
        } finally {
            stop.set(true);
            for (Thread thread : threads) {
                thread.join(Duration.ofSeconds(150).toMillis());
            }
        }
        double drained = DurableCycles.since(t0);

        Check check = new Check();
        for (CrashWriter writer : writers) {
            check.verify(service, writer);
        }
        int before = writers.stream().mapToInt(w -> w.ackedBeforeKill).sum();
        int after = writers.stream().mapToInt(w -> w.ackedAfterRestart).sum();
        int connectionErrors = writers.stream().mapToInt(w -> w.connectionErrors).sum();
        int serverErrors = writers.stream().mapToInt(w -> w.serverErrors).sum();
        int replayed = writers.stream().mapToInt(w -> w.retriedSubmissionsReplayed).sum();
        long firstAck = crash.firstAckAfterRestart.get();
        System.out.printf("[durability] questionnaire kill -9 under load (%d countries): killed at %.1f s with %d submissions in flight,"
                        + " healthy again at %.1f s, first write acknowledged again at %.1f s, load ended at %.1f s; acknowledged writes %d"
                        + " (%d saves, %d submissions; %d before the kill, %d after the restart); lost %d, duplicated %d, stored older than"
                        + " the last acknowledged %d, first submission not replayed %d; clients saw %d connection errors and %d 5xx,"
                        + " %d submissions answered 200 after a retry with their key%n",
                countries.size(), killedAt, inFlight, readyAt, firstAck == 0 ? Double.NaN : (firstAck - t0) / 1e9, drained, check.acked,
                check.ackedSaves, check.ackedSubmissions, before, after, check.lost, check.duplicated, check.stale, check.notReplayed,
                connectionErrors, serverErrors, replayed);

        assertTrue(before > 0 && after > 0, "writes were acknowledged both before the kill (" + before + ") and after the restart (" + after + ")");
        assertTrue(connectionErrors + serverErrors > 0, "the kill cut the clients off while they wrote");
        assertEquals(List.of(), check.findings, "every acknowledged write stored exactly once, nothing refused that a retry should get");
    }

    /** Every client's acknowledged writes looked up in the stored answers and the history. */
    private static final class Check {

        final List<String> findings = new ArrayList<>();
        int acked, ackedSaves, ackedSubmissions, lost, duplicated, stale, notReplayed;

        void verify(DirectClient service, CrashWriter w) {
            JsonNode history = service.call("GET", w.path + "/history", null).expect(200, "history of " + w.country).json();
            JsonNode current = service.call("GET", w.path, null).expect(200, "answers of " + w.country).json();
            Map<String, Integer> savedNames = new HashMap<>();
            Map<String, Integer> markers = new HashMap<>();
            int submitted = 0;
            for (JsonNode change : history) {
                String action = change.path("action").asText();
                String linkId = change.path("linkId").asText();
                if ("SUBMITTED".equals(action)) {
                    submitted++;
                } else if ("SAVED".equals(action) && "intro.focal_point_name".equals(linkId)) {
                    savedNames.merge(change.path("after").asText(), 1, Integer::sum);
                } else if ("SAVED".equals(action) && "intro.institution".equals(linkId)) {
                    markers.merge(change.path("after").asText(), 1, Integer::sum);
                }
            }
            for (String value : w.ackedSaves) {
                int times = savedNames.getOrDefault(value, 0);
                if (times != 1) {
                    found(times == 0 ? "lost" : "duplicated", w.country + ": acknowledged save " + value + " is in the history " + times + " times");
                }
            }
            for (var e : w.ackedSubmissions.entrySet()) {
                int times = markers.getOrDefault(e.getValue(), 0);
                if (times != 1) {
                    found(times == 0 ? "lost" : "duplicated", w.country + ": acknowledged submission " + e.getKey() + " is in the history " + times + " times");
                }
            }
            // a submission whose answer was lost may be stored without an acknowledgement, but none twice
            long storedSubmissions = w.attemptedSubmissions.values().stream().filter(markers::containsKey).count();
            if (submitted != storedSubmissions) {
                found(submitted > storedSubmissions ? "duplicated" : "lost", w.country + ": " + submitted + " SUBMITTED in the history for "
                        + storedSubmissions + " submissions stored (" + w.ackedSubmissions.size() + " acknowledged)");
            }
            // the stored name is the last acknowledged one, or one sent after it whose answer was lost
            String name = current.path("answers").path("intro").path("intro.focal_point_name").asText(null);
            if (!w.ackedSaves.isEmpty()) {
                String last = w.ackedSaves.get(w.ackedSaves.size() - 1);
                if (w.attemptedSaves.indexOf(name) < w.attemptedSaves.indexOf(last)) {
                    stale++;
                    findings.add(w.country + ": stored " + name + " but " + last + " was acknowledged later");
                }
            }
            if (!w.ackedSubmissions.isEmpty()) {
                replayFirst(service, w, submitted);
            }
            w.refusals.stream().limit(5).forEach(r -> findings.add(w.country + ": " + r));
            acked += w.ackedSaves.size() + w.ackedSubmissions.size();
            ackedSaves += w.ackedSaves.size();
            ackedSubmissions += w.ackedSubmissions.size();
        }

        /** The first acknowledged submission sent again with its key: its first result, and no new SUBMITTED. */
        private void replayFirst(DirectClient service, CrashWriter w, int submitted) {
            var first = w.ackedSubmissions.entrySet().iterator().next();
            String etag = service.call("GET", w.path, null).expect(200, "answers of " + w.country).etag();
            DirectClient.Answer again = service.call("POST", w.path + "/submission", CrashWriter.submission(first.getValue()),
                    "If-Match", etag, "Idempotency-Key", first.getKey(), "Content-Type", "application/json");
            long after = 0;
            for (JsonNode change : service.call("GET", w.path + "/history", null).expect(200, "history").json()) {
                after += "SUBMITTED".equals(change.path("action").asText()) ? 1 : 0;
            }
            if (again.status() != 200 || after != submitted) {
                notReplayed++;
                findings.add(w.country + ": " + first.getKey() + " sent again -> " + again.status() + ", SUBMITTED " + submitted + " -> " + after);
            }
        }

        private void found(String kind, String finding) {
            if (kind.equals("lost")) {
                lost++;
            } else {
                duplicated++;
            }
            findings.add(finding);
        }
    }
}
