package org.oas.tip.bench.questionnaire;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oas.tip.bench.ApiClient.Response;
import org.oas.tip.bench.Report;
import org.oas.tip.bench.Text;

/**
 * After {@link CrashLoad}: every acknowledged write of every client looked up in the response's stored answers and
 * history (missing ones, duplicated submissions), and each country's first acknowledged submission sent again with its
 * key, which must replay (200, no new SUBMITTED). Any of these not met ends the run with an exception (exit status 1).
 */
final class CrashCheck {

    private final QuestionnaireApi api;
    private long acked, ackedSaves, ackedSubs, missing, duplicated, conn, five, pre, retries, conflictOnRetry, otherRefusals,
            wrongFinal, replays, replayFailures;

    CrashCheck(QuestionnaireApi api) {
        this.api = api;
    }

    void verify(List<CrashClient> clients) throws Exception {
        for (CrashClient w : clients) {
            verify(w);
        }
        System.out.printf("%n   acknowledged writes %d (%d saves, %d submissions); acknowledged writes missing from state/history: %d"
                        + " (target 0) -> %s; duplicated submissions: %d (target 0) -> %s%n", acked, ackedSaves, ackedSubs, missing,
                Report.metOrNot(missing == 0), duplicated, Report.metOrNot(duplicated == 0));
        System.out.printf("   stored value older than the last acknowledged save: %d; client retries %d (connection errors %d, 5xx %d,"
                        + " 412 re-reads %d); 409 on a retried submission %d; other refusals %d%n", wrongFinal, retries, conn, five, pre,
                conflictOnRetry, otherRefusals);
        System.out.printf("   each country's first acknowledged submission (before the crash) sent again with its key after the run:"
                + " %d of %d did not replay (200, no new SUBMITTED)%n", replayFailures, clients.size());
        if (missing + duplicated + wrongFinal + replayFailures > 0) {
            // the script (and whoever runs it) must see the failure, not only read it
            throw new IllegalStateException(String.format("NOT MET: %d acknowledged writes missing, %d submissions duplicated, %d stored"
                    + " values older than the last acknowledged, %d submissions not replayed", missing, duplicated, wrongFinal, replayFailures));
        }
    }

    private void verify(CrashClient w) throws Exception {
        JsonNode history = api.get(w.path + "/history").expect(200).json();
        JsonNode current = api.get(w.path).expect(200).json();
        Set<String> savedNames = new HashSet<>();
        Map<String, Integer> markers = new HashMap<>();
        int submitted = 0;
        for (JsonNode change : history) {
            String action = change.path("action").asText();
            String linkId = change.path("linkId").asText();
            if ("SUBMITTED".equals(action)) submitted++;
            if ("SAVED".equals(action) && "intro.focal_point_name".equals(linkId)) savedNames.add(change.path("after").asText());
            if ("SAVED".equals(action) && "intro.institution".equals(linkId)) markers.merge(change.path("after").asText(), 1, Integer::sum);
        }
        long lost = 0;
        for (String v : w.ackedSaves) {
            if (!savedNames.contains(v)) {
                lost++;
                System.out.printf("   ! %s: acknowledged save %s is not in the history%n", w.country, v);
            }
        }
        for (var e : w.ackedSubmissions.entrySet()) {
            if (!markers.containsKey(e.getValue())) {
                lost++;
                System.out.printf("   ! %s: acknowledged submission %s (marker) is not in the history%n", w.country, e.getKey());
            }
        }
        long dup = Math.max(0, submitted - w.ackedSubmissions.size());
        for (var e : markers.entrySet()) {
            if (e.getValue() > 1) System.out.printf("   ! %s: marker %s saved %d times%n", w.country, e.getKey(), e.getValue());
        }
        if (submitted != w.ackedSubmissions.size()) {
            System.out.printf("   ! %s: history has %d SUBMITTED, client had %d submissions acknowledged (%d attempted)%n", w.country,
                    submitted, w.ackedSubmissions.size(), w.attemptedSubmissions.size());
        }
        // the stored answer must be the last acknowledged value, or one written after it (sent, answer lost)
        String name = current.path("answers").path("intro").path("intro.focal_point_name").asText("null");
        String lastAckedSave = w.ackedSaves.isEmpty() ? null : w.ackedSaves.get(w.ackedSaves.size() - 1);
        int ackedAt = lastAckedSave == null ? -1 : w.attemptedSaves.indexOf(lastAckedSave);
        int storedAt = w.attemptedSaves.indexOf(name);
        if (lastAckedSave != null && storedAt < ackedAt) {
            wrongFinal++;
            System.out.printf("   ! %s: stored %s, but %s was acknowledged later%n", w.country, name, lastAckedSave);
        }
        // a retry of a submission acknowledged before the crash still gets the first result (replay), not a second one
        if (!w.ackedSubmissions.isEmpty()) {
            var first = w.ackedSubmissions.entrySet().iterator().next();
            Response again = api.send("POST", w.path + "/submission", CrashClient.submissionBody(first.getValue()),
                    "If-Match", api.get(w.path).expect(200).etag(), "Idempotency-Key", first.getKey(), "Content-Type", "application/json");
            long after = 0;
            for (JsonNode change : api.get(w.path + "/history").expect(200).json()) {
                if ("SUBMITTED".equals(change.path("action").asText())) after++;
            }
            if (!(again.status() == 200 && after == submitted)) {
                replayFailures++;
                System.out.printf("   ! %s: resending %s after the run -> %d, SUBMITTED %d -> %d: %s%n", w.country, first.getKey(),
                        again.status(), submitted, after, Text.clip(again.body()));
            }
        }
        System.out.printf("   %s: acknowledged %d saves + %d submissions; history %d changes, %d SUBMITTED; status %s;"
                        + " missing %d, duplicated submissions %d; client saw %d connection errors, %d 5xx, %d 412, %d retried submissions answered 200%n",
                w.country, w.ackedSaves.size(), w.ackedSubmissions.size(), history.size(), submitted, current.path("status").asText(), lost,
                dup, w.connectionErrors, w.serverErrors, w.preconditionFailed, w.replays);
        w.problems.stream().limit(5).forEach(p -> System.out.println("   ! " + w.country + ": " + p));
        acked += w.acked;
        ackedSaves += w.ackedSaves.size();
        ackedSubs += w.ackedSubmissions.size();
        missing += lost;
        duplicated += dup;
        conn += w.connectionErrors;
        five += w.serverErrors;
        pre += w.preconditionFailed;
        retries += w.retries;
        conflictOnRetry += w.conflictOnRetry;
        otherRefusals += w.problems.size();
        replays += w.replays;
    }
}
