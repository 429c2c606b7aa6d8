package org.oas.tip.bench.questionnaire;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.oas.tip.bench.ApiClient.Response;
import org.oas.tip.bench.Json;
import org.oas.tip.bench.Text;

/**
 * One country's client during {@link CrashLoad}: what it wrote and had acknowledged, and how it retries: on a connection
 * error or a 5xx it waits 200 ms, re-reads the ETag and sends the same request again (same Idempotency-Key).
 */
final class CrashClient {

    /** When any client first and last saw a failure (nanoTime), across clients. */
    static final AtomicLong FIRST_FAILURE = new AtomicLong(), LAST_FAILURE = new AtomicLong();

    final String country;
    final String path;
    final List<String> ackedSaves = new ArrayList<>();
    final List<String> attemptedSaves = new ArrayList<>();
    final Map<String, String> ackedSubmissions = new LinkedHashMap<>(); // key -> marker
    final Map<String, String> attemptedSubmissions = new LinkedHashMap<>();
    long acked, connectionErrors, serverErrors, preconditionFailed, retries, conflictOnRetry, replays;
    final List<String> problems = new ArrayList<>();

    private final QuestionnaireApi api;
    private final long giveUp;

    CrashClient(QuestionnaireApi api, String cycle, String country, long giveUp) {
        this.api = api;
        this.country = country;
        this.path = api.assignment(cycle, country);
        this.giveUp = giveUp;
    }

    static String saveBody(String name) {
        return Json.write(Map.of("intro", Map.of("intro.focal_point_name", name)));
    }

    static String submissionBody(String marker) {
        return Json.write(Map.of("intro", Map.of("intro.institution", marker)));
    }

    /** Sends a write until it is answered for good; connection errors and 5xx: wait, re-read the ETag, same request again. */
    Response write(String method, String suffix, String body, String key, String etag) throws Exception {
        boolean retried = false;
        while (true) {
            if (System.nanoTime() > giveUp) throw new IllegalStateException("gave up retrying " + method + " " + suffix);
            Response r;
            try {
                r = key == null
                        ? api.send(method, path + suffix, body, "If-Match", etag, "Content-Type", "application/merge-patch+json")
                        : api.send(method, path + suffix, body, "If-Match", etag, "Idempotency-Key", key, "Content-Type", "application/json");
            } catch (IOException e) {
                connectionErrors++;
                failed();
                retries++;
                retried = true;
                Thread.sleep(200);
                etag = reread();
                continue;
            }
            if (r.status() >= 500) {
                serverErrors++;
                failed();
                if (problems.size() < 20) problems.add(method + " " + suffix + " -> " + r.status() + " " + Text.clip(r.body()) + " (retried)");
                retries++;
                retried = true;
                Thread.sleep(200);
                etag = reread();
                continue;
            }
            if (r.status() == 412) {
                preconditionFailed++;
                etag = reread();
                retried = true;
                continue;
            }
            if (retried && key != null && r.status() == 200) replays++;
            if (retried && key != null && r.status() == 409) conflictOnRetry++;
            return r;
        }
    }

    /** The response's current ETag, read until the service answers. */
    String reread() throws Exception {
        while (true) {
            if (System.nanoTime() > giveUp) throw new IllegalStateException("gave up re-reading " + path);
            try {
                Response r = api.get(path);
                if (r.status() == 200) return r.etag();
                if (r.status() >= 500) {
                    serverErrors++;
                    failed();
                }
            } catch (IOException e) {
                connectionErrors++;
                failed();
            }
            Thread.sleep(200);
        }
    }

    /** The secretariat asks a clarification (the response reopens); on failure, checks whether it took before asking again. */
    String clarify(String text) throws Exception {
        String body = Json.write(Map.of("linkId", "intro.institution", "text", text));
        while (true) {
            if (System.nanoTime() > giveUp) throw new IllegalStateException("gave up asking a clarification");
            try {
                Response r = api.send("POST", path + "/clarifications", body, "Content-Type", "application/json");
                if (r.status() == 201 || r.status() == 200) return reread();
                if (r.status() < 500) {
                    problems.add("clarification -> " + r.status() + " " + Text.clip(r.body()));
                    return reread();
                }
                serverErrors++;
                failed();
            } catch (IOException e) {
                connectionErrors++;
                failed();
            }
            Thread.sleep(200);
            while (true) {
                try {
                    Response g = api.get(path);
                    if (g.status() == 200) {
                        if ("CLARIFICATION_REQUESTED".equals(g.json().path("status").asText())) return g.etag();
                        break;
                    }
                } catch (IOException e) {
                    connectionErrors++;
                    failed();
                }
                if (System.nanoTime() > giveUp) throw new IllegalStateException("gave up asking a clarification");
                Thread.sleep(200);
            }
        }
    }

    private static void failed() {
        long now = System.nanoTime();
        FIRST_FAILURE.compareAndSet(0, now);
        LAST_FAILURE.set(now);
    }
}
