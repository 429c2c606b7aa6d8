package org.oas.tip.bench.questionnaire;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.LongAdder;
import org.oas.tip.bench.ApiClient.Response;
import org.oas.tip.bench.Args;
import org.oas.tip.bench.Json;
import org.oas.tip.bench.Report;
import org.oas.tip.bench.Stats;
import org.oas.tip.bench.Text;

/**
 * (a2) Every country of a fresh cycle saving small merge patches concurrently, one thread per country (or several racing
 * on its ETag), with If-Match; on 412 the thread re-reads the ETag and goes on. Prints req/s, errors, p50/p99.
 *
 * <pre>load [seconds=60] [writersPerCountry=1]</pre>
 */
public final class ConcurrentSaves {

    /** GETs are counted under their status + 1000, beside the PATCHes' statuses. */
    private static final int GET = 1000;

    private final QuestionnaireApi api;
    private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    private final LongAdder ioErrors = new LongAdder();
    private final List<long[]> saveTimes = Collections.synchronizedList(new ArrayList<>());
    private final List<long[]> allTimes = Collections.synchronizedList(new ArrayList<>());
    private final List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());

    ConcurrentSaves(QuestionnaireApi api) {
        this.api = api;
    }

    public static void run(Args args) throws Exception {
        new ConcurrentSaves(QuestionnaireApi.fromEnvironment()).run(args.integer(0, 60), args.integer(1, 1));
    }

    void run(int seconds, int writersPerCountry) throws Exception {
        String cycle = api.openCycle("bench-load");
        List<String> countries = new ArrayList<>();
        for (String c : api.countries(cycle)) {
            for (int i = 0; i < writersPerCountry; i++) countries.add(c);
        }
        System.out.printf("%n== (a2) %d countries saving concurrently for %d s, cycle %s (%s; small merge patch with"
                + " If-Match; on 412 re-read the ETag and retry)%n", countries.size() / writersPerCountry, seconds, cycle,
                writersPerCountry == 1 ? "one thread per country" : writersPerCountry + " threads per country, racing on its ETag");
        CountDownLatch start = new CountDownLatch(1);
        long[] window = new long[2];
        List<Thread> threads = new ArrayList<>();
        for (String country : countries) {
            Thread t = new Thread(() -> save(cycle, country, start, window));
            t.start();
            threads.add(t);
        }
        Thread.sleep(500); // every thread has read its ETag
        window[0] = System.nanoTime();
        window[1] = window[0] + Duration.ofSeconds(seconds).toNanos();
        start.countDown();
        for (Thread t : threads) t.join();
        report((System.nanoTime() - window[0]) / 1e9);
    }

    /** One writer: saves until the window closes. */
    private void save(String cycle, String country, CountDownLatch start, long[] window) {
        List<Long> saves = new ArrayList<>(), all = new ArrayList<>();
        try {
            String path = api.assignment(cycle, country);
            String etag = api.get(path).expect(200).etag();
            start.await();
            long end = window[1];
            int seq = 0;
            while (System.nanoTime() < end) {
                String patch = Json.write(Map.of("intro", Map.of("intro.focal_point_name", "Focal point " + country + " " + (++seq))));
                Response r;
                try {
                    r = api.send("PATCH", path + "/answers", patch, "If-Match", etag, "Content-Type", "application/merge-patch+json");
                } catch (IOException e) {
                    ioErrors.increment();
                    sample("PATCH " + country + ": " + e);
                    continue;
                }
                count(r.status());
                saves.add(r.nanos());
                all.add(r.nanos());
                if (r.status() == 200) {
                    etag = r.etag();
                } else {
                    if (r.status() != 412) {
                        sample("PATCH " + country + " -> " + r.status() + " " + Text.clip(r.body()));
                    }
                    Response g = api.get(path);
                    count(GET + g.status());
                    all.add(g.nanos());
                    if (g.status() == 200) etag = g.etag();
                }
            }
        } catch (Exception e) {
            sample(country + " stopped: " + e);
        } finally {
            saveTimes.add(Stats.array(saves));
            allTimes.add(Stats.array(all));
        }
    }

    private void report(double elapsed) {
        long[] saves = Stats.concat(saveTimes), all = Stats.concat(allTimes);
        long ok = sum(200), pre = sum(412);
        long otherPatch = statuses.entrySet().stream().filter(e -> e.getKey() < GET && e.getKey() != 200 && e.getKey() != 412)
                .mapToLong(e -> e.getValue().sum()).sum();
        long otherGet = statuses.entrySet().stream().filter(e -> e.getKey() >= GET && e.getKey() != GET + 200)
                .mapToLong(e -> e.getValue().sum()).sum();
        System.out.printf("   requests %d in %.1f s = %.0f req/s (PATCH %d + re-reads %d); saves acknowledged (200) %d = %.0f saves/s%n",
                all.length, elapsed, all.length / elapsed, saves.length, all.length - saves.length, ok, ok / elapsed);
        System.out.printf("   412 (stale ETag, handled by re-reading) %d; errors: non-2xx other than 412 %d (PATCH) + %d (GET),"
                + " connection errors %d -> %s (target 0)%n", pre, otherPatch, otherGet, ioErrors.sum(),
                Report.metOrNot(otherPatch + otherGet + ioErrors.sum() == 0));
        System.out.printf("   PATCH latency p50 %.1f ms  p99 %.1f ms  max %.1f ms;  all requests p50 %.1f ms  p99 %.1f ms%n",
                Stats.measuredMs(saves, 50), Stats.measuredMs(saves, 99), Stats.measuredMs(saves, 100), Stats.measuredMs(all, 50),
                Stats.measuredMs(all, 99));
        StringBuilder text = new StringBuilder();
        new TreeMap<>(statuses).forEach((k, v) -> text.append(k >= GET ? "GET " + (k - GET) : "PATCH " + k).append(": ")
                .append(v.sum()).append("  "));
        System.out.println("   statuses: " + text);
        errorSamples.forEach(s -> System.out.println("   ! " + s));
    }

    private void count(int status) {
        statuses.computeIfAbsent(status, k -> new LongAdder()).increment();
    }

    private long sum(int status) {
        LongAdder a = statuses.get(status);
        return a == null ? 0 : a.sum();
    }

    private void sample(String s) {
        synchronized (errorSamples) {
            if (errorSamples.size() < 10) errorSamples.add(s);
        }
    }
}
