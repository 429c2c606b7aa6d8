package org.oas.tip.bench.questionnaire;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.oas.tip.bench.ApiClient.Response;
import org.oas.tip.bench.Args;
import org.oas.tip.bench.Text;

/**
 * (b) Saves and submissions of several countries while bench/questionnaire-crash.sh kills the questionnaire service
 * (kill -9) and starts it again; the clients retry ({@link CrashClient}); afterwards {@link CrashCheck} compares every
 * acknowledged write with the stored answers and history. Writes the epoch millis of the load's start to
 * {@code readyFile}, from which the script times the kill and the restart.
 *
 * <pre>crash-load readyFile [seconds=60] [countries=8]</pre>
 */
public final class CrashLoad {

    private CrashLoad() {
    }

    public static void run(Args args) throws Exception {
        Path readyFile = args.path(0, "readyFile");
        int seconds = args.integer(1, 60);
        int countryCount = args.integer(2, 8);
        QuestionnaireApi api = QuestionnaireApi.fromEnvironment();
        System.out.println("== (b) questionnaire-service crash during writes: kill -9 at ~20 s, restart at ~25 s (done by the script)");
        System.out.println("   direct to questionnaire-service " + api.stack().questionnaire() + "; secretariat token acting on behalf of each country");
        String cycle = api.openCycle("bench-crash");
        List<String> countries = api.countries(cycle).subList(0, countryCount);
        System.out.printf("   cycle %s, countries %s; each client: 4 saves of intro.focal_point_name (unique value each), a submission"
                + " (Idempotency-Key unique per submission, last patch intro.institution = unique marker), then the secretariat asks"
                + " a clarification (reopens); on connection error or 5xx: wait 200 ms, re-read the ETag, send the same request again"
                + " (same key)%n", cycle, countries);
        // every country starts with the whole sample saved, so that submissions are complete
        for (String c : countries) {
            String path = api.assignment(cycle, c);
            api.send("PATCH", path + "/answers", StructuredSample.text(), "If-Match", api.get(path).expect(200).etag(),
                    "Content-Type", "application/merge-patch+json").expect(200);
        }
        long t0 = System.nanoTime();
        long end = t0 + Duration.ofSeconds(seconds).toNanos();
        long giveUp = end + Duration.ofSeconds(90).toNanos();
        AtomicLong[] opsPerSecond = new AtomicLong[seconds + 120];
        for (int i = 0; i < opsPerSecond.length; i++) opsPerSecond[i] = new AtomicLong();
        Files.writeString(readyFile, Long.toString(System.currentTimeMillis()));
        List<CrashClient> clients = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (String c : countries) {
            CrashClient client = new CrashClient(api, cycle, c, giveUp);
            clients.add(client);
            Thread t = new Thread(() -> write(client, cycle, t0, end, opsPerSecond));
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) t.join();
        double elapsed = (System.nanoTime() - t0) / 1e9;
        System.out.printf("   load done in %.1f s (clients finish the request in flight after %d s)%n", elapsed, seconds);
        StringBuilder timeline = new StringBuilder();
        for (int s = 0; s < Math.min(opsPerSecond.length, (int) Math.ceil(elapsed)); s++) {
            timeline.append(s % 10 == 0 ? "\n     " + String.format("%3d s:", s) : "").append(String.format(" %4d", opsPerSecond[s].get()));
        }
        System.out.println("   acknowledged writes per second:" + timeline);
        if (CrashClient.FIRST_FAILURE.get() > 0) {
            System.out.printf("   clients saw failures (connection errors / 5xx) from %.1f s to %.1f s after the load started%n",
                    (CrashClient.FIRST_FAILURE.get() - t0) / 1e9, (CrashClient.LAST_FAILURE.get() - t0) / 1e9);
        }
        api.awaitReady(api.stack().questionnaire(), Duration.ofSeconds(120));
        new CrashCheck(api).verify(clients);
    }

    /** One client's loop: 4 saves, a submission, a clarification that reopens the response, until the load's end. */
    private static void write(CrashClient w, String cycle, long t0, long end, AtomicLong[] opsPerSecond) {
        int seq = 0, sub = 0;
        try {
            String etag = w.reread();
            while (System.nanoTime() < end) {
                for (int k = 0; k < 4 && System.nanoTime() < end; k++) {
                    String value = "FP " + w.country + " #" + (++seq);
                    w.attemptedSaves.add(value);
                    Response r = w.write("PATCH", "/answers", CrashClient.saveBody(value), null, etag);
                    if (r.status() == 200) {
                        w.ackedSaves.add(value);
                        w.acked++;
                        etag = r.etag();
                        opsPerSecond[(int) ((System.nanoTime() - t0) / 1_000_000_000L)].incrementAndGet();
                    } else {
                        w.problems.add("save " + value + " -> " + r.status() + " " + Text.clip(r.body()));
                        etag = w.reread();
                    }
                }
                if (System.nanoTime() >= end) break;
                String key = cycle + "-" + w.country + "-sub-" + (++sub);
                String marker = "Ministerio (submission " + key + ")";
                w.attemptedSubmissions.put(key, marker);
                Response r = w.write("POST", "/submission", CrashClient.submissionBody(marker), key, etag);
                if (r.status() == 200) {
                    w.ackedSubmissions.put(key, marker);
                    w.acked++;
                    opsPerSecond[(int) ((System.nanoTime() - t0) / 1_000_000_000L)].incrementAndGet();
                } else {
                    w.problems.add("submission " + key + " -> " + r.status() + " " + Text.clip(r.body()));
                }
                etag = w.clarify("clarification after " + key);
            }
        } catch (Exception e) {
            w.problems.add("client stopped: " + e);
        }
    }
}
