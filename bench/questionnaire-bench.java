import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Benchmarks of the questionnaire-service (JDK only), driven by bench/questionnaire-*.sh. Talks to the services
 * directly (questionnaire-service :8081, registry-service :8082), not through the gateway, whose rate limit (600
 * requests/min per client) would throttle the load. Tokens: the Keycloak client questionnaire-service (realm role
 * tip-admin, the secretariat), which may act on behalf of any country: the realm only has focal-point tools for ARG,
 * MEX and USA, so the secretariat's token stands in for the 34 countries' focal points.
 *
 * <pre>
 * java bench/questionnaire-bench.java e2e [iterations] [loadSeconds] [warmup]
 * java bench/questionnaire-bench.java load [seconds] [writersPerCountry]   (only the concurrent part of e2e)
 * java bench/questionnaire-bench.java crash-load readyFile [seconds] [countries]
 * java bench/questionnaire-bench.java outage-prepare cycleFile [countries] [extraChannels]
 * java bench/questionnaire-bench.java outage-accept cycle [watchSeconds]
 * java bench/questionnaire-bench.java outage-recover cycle restartEpochMillis
 * java bench/questionnaire-bench.java second-cycle cycleFile [countries] [referenceDate]
 * </pre>
 */
public class QuestionnaireBench {

    static final String QS = env("QUESTIONNAIRE_URL", "http://localhost:8081");
    static final String RS = env("REGISTRY_URL", "http://localhost:8082");
    static final String TOKEN_URL = env("TOKEN_URL", "http://localhost:8180/realms/oas-tip/protocol/openid-connect/token");
    static final String API = QS + "/api/questionnaire/v1";
    static final String QUESTIONNAIRE = "oas-tip-structured";
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    /** A complete valid submission of oas-tip-structured v1 (questionnaire-service tests: definition/StructuredSample). */
    static final String SAMPLE = readSample();

    static String readSample() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("questionnaire-service/src/test/resources/structured-sample.json"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("run from the repository root: " + e.getMessage(), e);
        }
    }

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "help" : args[0];
        switch (command) {
            case "e2e" -> endToEnd(intArg(args, 1, 30), intArg(args, 2, 60), intArg(args, 3, 1));
            case "load" -> concurrentSaves(intArg(args, 1, 60), intArg(args, 2, 1));
            case "crash-load" -> crashLoad(Path.of(args[1]), intArg(args, 2, 60), intArg(args, 3, 8));
            case "outage-prepare" -> outagePrepare(Path.of(args[1]), intArg(args, 2, 20), intArg(args, 3, 3));
            case "outage-accept" -> outageAccept(args[1], intArg(args, 2, 30));
            case "outage-recover" -> outageRecover(args[1], Long.parseLong(args[2]));
            case "second-cycle" -> secondCycle(Path.of(args[1]), intArg(args, 2, 34),
                    args.length > 3 ? LocalDate.parse(args[3]) : LocalDate.now(ZoneOffset.UTC).plusDays(180));
            default -> {
                System.err.println("usage: see the comment of bench/questionnaire-bench.java");
                System.exit(2);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // (a) end to end, then 34 countries saving concurrently

    static void endToEnd(int iterations, int loadSeconds, int warmup) throws Exception {
        System.out.println("== (a) questionnaire-service end to end: patch + submit + accept, then publication to the registry");
        System.out.println("   direct to questionnaire-service " + QS + " and registry-service " + RS
                + " (not through the gateway :8080, which rate-limits 600 req/min per client)");
        System.out.println("   token: the secretariat (client questionnaire-service, tip-admin) acting on behalf of each country");
        Deadline budget = new Deadline(Duration.ofSeconds(Long.parseLong(env("SEQUENTIAL_BUDGET_SECONDS", "420"))));
        List<String> countries = new ArrayList<>();
        String cycle = null;
        int index = 0;
        List<long[]> rows = new ArrayList<>(); // patch, submit, accept, ack total, end-to-end, worker span, first delivery wait
        int instruments = -1;
        int failedRows = 0;
        for (int i = 0; i < warmup + iterations; i++) {
            if (index >= countries.size()) {
                cycle = openCycle("bench-e2e");
                countries = countries(cycle);
                index = 0;
                System.out.printf("   cycle %s over %s v1: %d assignments (one per active member state)%n", cycle, QUESTIONNAIRE,
                        countries.size());
            }
            if (budget.passed()) {
                System.out.printf("   time budget of the sequential part reached after %d iterations%n", i);
                break;
            }
            String country = countries.get(index++);
            String document = documentWithChannels(index, 100);
            String path = assignment(cycle, country);
            String etag = expect(send("GET", path, null), 200).etag;

            long t0 = System.nanoTime();
            Resp patch = expect(send("PATCH", path + "/answers", document, "If-Match", etag, "Content-Type",
                    "application/merge-patch+json"), 200);
            Resp submit = expect(send("POST", path + "/submission", "{}", "If-Match", patch.etag, "Idempotency-Key",
                    "bench-" + UUID.randomUUID(), "Content-Type", "application/json"), 200);
            Resp accept = expect(send("POST", path + "/acceptance", null, "If-Match", submit.etag), 200);
            long ack = System.nanoTime() - t0;

            List<Map<String, Object>> queued = publications(cycle, country);
            int expected = 0;
            // one publication per accepted response (issue 9): its entries are the instruments it reconciles
            for (Map<String, Object> row : queued) {
                int entries = row.get("entries") instanceof List<?> list ? list.size() : 0;
                if ("FAILED".equals(row.get("status"))) {
                    failedRows += entries;
                    System.out.printf("   ! %s publication %s refused: %s%n", country, row.get("key"), row.get("lastError"));
                } else {
                    expected += entries;
                }
            }
            long endToEnd = -1;
            while (System.nanoTime() - t0 < Duration.ofSeconds(120).toNanos()) {
                if (registryInstruments(country, cycle).size() >= expected) {
                    endToEnd = System.nanoTime() - t0;
                    break;
                }
                Thread.sleep(100);
            }
            if (endToEnd < 0) {
                System.out.printf("   ! %s: instruments not all in the registry after 120 s%n", country);
            }
            // the worker's own view: from the acceptance's enqueue to the first and the last delivery of the rows
            List<Map<String, Object>> delivered = publications(cycle, country);
            OffsetDateTime enqueued = null, first = null, last = null;
            for (Map<String, Object> row : delivered) {
                OffsetDateTime e = time(row.get("createdAt")), d = time(row.get("deliveredAt"));
                if (e != null && (enqueued == null || e.isBefore(enqueued))) enqueued = e;
                if (d != null && (first == null || d.isBefore(first))) first = d;
                if (d != null && (last == null || d.isAfter(last))) last = d;
            }
            long span = enqueued == null || last == null ? -1 : Duration.between(enqueued, last).toNanos();
            long firstWait = enqueued == null || first == null ? -1 : Duration.between(enqueued, first).toNanos();
            boolean warm = i < warmup;
            System.out.printf("   %s %-3s patch %6.1f  submit %6.1f  accept %6.1f  = %6.1f ms; %3d instruments in the registry after %8.1f ms"
                            + " (worker: first delivery %6.0f ms, last %6.0f ms after the enqueue)%n",
                    warm ? "warm-up" : String.format("%7d", i - warmup + 1), country, ms(patch.nanos), ms(submit.nanos),
                    ms(accept.nanos), ms(ack), expected, ms(endToEnd), ms(firstWait), ms(span));
            if (!warm) {
                rows.add(new long[]{patch.nanos, submit.nanos, accept.nanos, ack, endToEnd, span, firstWait});
                instruments = expected;
            }
        }
        if (!rows.isEmpty()) {
            System.out.printf("%n   results over %d iterations (%d warm-up iterations left out), %d instruments per response"
                    + " (the sample's %d + 100 extra E.channels phone lines), %d rows refused by the registry:%n", rows.size(), warmup,
                    instruments, instruments - 100, failedRows);
            printStat("PATCH (whole response, one request)", column(rows, 0));
            printStat("POST submission", column(rows, 1));
            printStat("POST acceptance (enqueues the outbox)", column(rows, 2));
            printStat("patch + submit + accept (acknowledged)", column(rows, 3));
            printStat("end to end: PATCH start -> all visible in registry", column(rows, 4));
            long[] fromAcceptance = rows.stream().mapToLong(r -> r[4] - r[0] - r[1]).toArray();
            printStat("acceptance start -> all visible in registry", fromAcceptance);
            printStat("worker: enqueue -> registry answered (one bulk call)", column(rows, 5));
            double p95 = p(fromAcceptance, 95);
            System.out.printf("   target p95 acceptance -> all visible <= 300 ms: %s (p95 %.0f ms; seen by polling the registry"
                    + " every 100 ms)%n", p95 <= 300 ? "MET" : "NOT MET", p95);
            System.out.printf("   delivery starts when the acceptance commits and sends the response's %d instruments in one"
                    + " POST /api/registry/v1/cycle-publications (bench/registry-reconcile.sh times it beside the former"
                    + " per-instrument PUTs).%n", instruments);
        }
        concurrentSaves(loadSeconds, 1);
    }

    static void concurrentSaves(int seconds, int writersPerCountry) throws Exception {
        String cycle = openCycle("bench-load");
        List<String> countries = new ArrayList<>();
        for (String c : countries(cycle)) for (int i = 0; i < writersPerCountry; i++) countries.add(c);
        System.out.printf("%n== (a2) %d countries saving concurrently for %d s, cycle %s (%s; small merge patch with"
                + " If-Match; on 412 re-read the ETag and retry)%n", countries.size() / writersPerCountry, seconds, cycle,
                writersPerCountry == 1 ? "one thread per country" : writersPerCountry + " threads per country, racing on its ETag");
        ConcurrentHashMap<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        LongAdder ioErrors = new LongAdder();
        List<long[]> saveTimes = Collections.synchronizedList(new ArrayList<>());
        List<long[]> allTimes = Collections.synchronizedList(new ArrayList<>());
        List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        long[] window = new long[2];
        for (String country : countries) {
            Thread t = new Thread(() -> {
                List<Long> saves = new ArrayList<>(), all = new ArrayList<>();
                try {
                    String path = assignment(cycle, country);
                    String etag = expect(send("GET", path, null), 200).etag;
                    start.await();
                    long end = window[1];
                    int seq = 0;
                    while (System.nanoTime() < end) {
                        String patch = "{\"intro\": {\"intro.focal_point_name\": \"Focal point " + country + " " + (++seq) + "\"}}";
                        Resp r;
                        try {
                            r = send("PATCH", path + "/answers", patch, "If-Match", etag, "Content-Type", "application/merge-patch+json");
                        } catch (IOException e) {
                            ioErrors.increment();
                            sample(errorSamples, "PATCH " + country + ": " + e);
                            continue;
                        }
                        statuses.computeIfAbsent(r.status, k -> new LongAdder()).increment();
                        saves.add(r.nanos);
                        all.add(r.nanos);
                        if (r.status == 200) {
                            etag = r.etag;
                        } else {
                            if (r.status != 412) {
                                sample(errorSamples, "PATCH " + country + " -> " + r.status + " " + clip(r.body));
                            }
                            Resp g = send("GET", path, null);
                            statuses.computeIfAbsent(1000 + g.status, k -> new LongAdder()).increment();
                            all.add(g.nanos);
                            if (g.status == 200) etag = g.etag;
                        }
                    }
                } catch (Exception e) {
                    sample(errorSamples, country + " stopped: " + e);
                } finally {
                    saveTimes.add(saves.stream().mapToLong(Long::longValue).toArray());
                    allTimes.add(all.stream().mapToLong(Long::longValue).toArray());
                }
            });
            t.start();
            threads.add(t);
        }
        Thread.sleep(500); // every thread has read its ETag
        window[0] = System.nanoTime();
        window[1] = window[0] + Duration.ofSeconds(seconds).toNanos();
        start.countDown();
        for (Thread t : threads) t.join();
        double elapsed = (System.nanoTime() - window[0]) / 1e9;
        long[] saves = concat(saveTimes), all = concat(allTimes);
        long ok = count(statuses, 200), pre = count(statuses, 412);
        long otherPatch = 0;
        for (var e : statuses.entrySet()) if (e.getKey() < 1000 && e.getKey() != 200 && e.getKey() != 412) otherPatch += e.getValue().sum();
        long otherGet = 0;
        for (var e : statuses.entrySet()) if (e.getKey() >= 1000 && e.getKey() != 1200) otherGet += e.getValue().sum();
        System.out.printf("   requests %d in %.1f s = %.0f req/s (PATCH %d + re-reads %d); saves acknowledged (200) %d = %.0f saves/s%n",
                all.length, elapsed, all.length / elapsed, saves.length, all.length - saves.length, ok, ok / elapsed);
        System.out.printf("   412 (stale ETag, handled by re-reading) %d; errors: non-2xx other than 412 %d (PATCH) + %d (GET),"
                + " connection errors %d -> %s (target 0)%n", pre, otherPatch, otherGet, ioErrors.sum(),
                otherPatch + otherGet + ioErrors.sum() == 0 ? "MET" : "NOT MET");
        System.out.printf("   PATCH latency p50 %.1f ms  p99 %.1f ms  max %.1f ms;  all requests p50 %.1f ms  p99 %.1f ms%n",
                p(saves, 50), p(saves, 99), p(saves, 100), p(all, 50), p(all, 99));
        System.out.println("   statuses: " + statusText(statuses));
        errorSamples.forEach(s -> System.out.println("   ! " + s));
    }

    // ------------------------------------------------------------------------------------------------------------
    // (b) saves and submissions while the service is killed and restarted

    /** What one country's client wrote and had acknowledged. */
    static final class Writer {
        final String country;
        final List<String> ackedSaves = new ArrayList<>();
        final List<String> attemptedSaves = new ArrayList<>();
        final Map<String, String> ackedSubmissions = new LinkedHashMap<>(); // key -> marker
        final Map<String, String> attemptedSubmissions = new LinkedHashMap<>();
        String lastAcked = "none";
        long acked, connectionErrors, serverErrors, preconditionFailed, retries, refusedOther, conflictOnRetry, replays;
        final List<String> problems = new ArrayList<>();

        Writer(String country) {
            this.country = country;
        }
    }

    static final AtomicLong firstFailure = new AtomicLong(), lastFailure = new AtomicLong();

    static void crashLoad(Path readyFile, int seconds, int countryCount) throws Exception {
        System.out.println("== (b) questionnaire-service crash during writes: kill -9 at ~20 s, restart at ~25 s (done by the script)");
        System.out.println("   direct to questionnaire-service " + QS + "; secretariat token acting on behalf of each country");
        String cycle = openCycle("bench-crash");
        List<String> countries = countries(cycle).subList(0, countryCount);
        String run = cycle;
        System.out.printf("   cycle %s, countries %s; each client: 4 saves of intro.focal_point_name (unique value each), a submission"
                + " (Idempotency-Key unique per submission, last patch intro.institution = unique marker), then the secretariat asks"
                + " a clarification (reopens); on connection error or 5xx: wait 200 ms, re-read the ETag, send the same request again"
                + " (same key)%n", cycle, countries);
        // every country starts with the whole sample saved, so that submissions are complete
        for (String c : countries) {
            String path = assignment(cycle, c);
            expect(send("PATCH", path + "/answers", SAMPLE, "If-Match", expect(send("GET", path, null), 200).etag,
                    "Content-Type", "application/merge-patch+json"), 200);
        }
        List<Writer> writers = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long t0 = System.nanoTime();
        long end = t0 + Duration.ofSeconds(seconds).toNanos();
        long giveUp = end + Duration.ofSeconds(90).toNanos();
        AtomicLong[] opsPerSecond = new AtomicLong[seconds + 120];
        for (int i = 0; i < opsPerSecond.length; i++) opsPerSecond[i] = new AtomicLong();
        Files.writeString(readyFile, Long.toString(System.currentTimeMillis()));
        for (String c : countries) {
            Writer w = new Writer(c);
            writers.add(w);
            Thread t = new Thread(() -> {
                String path = assignment(cycle, c);
                int seq = 0, sub = 0;
                try {
                    String etag = reread(w, path, giveUp);
                    while (System.nanoTime() < end) {
                        for (int k = 0; k < 4 && System.nanoTime() < end; k++) {
                            String value = "FP " + c + " #" + (++seq);
                            w.attemptedSaves.add(value);
                            String body = "{\"intro\": {\"intro.focal_point_name\": \"" + value + "\"}}";
                            Resp r = write(w, path, "PATCH", "/answers", body, null, etag, giveUp);
                            if (r.status == 200) {
                                w.ackedSaves.add(value);
                                w.lastAcked = "save " + value;
                                w.acked++;
                                etag = r.etag;
                                opsPerSecond[(int) ((System.nanoTime() - t0) / 1_000_000_000L)].incrementAndGet();
                            } else {
                                w.problems.add("save " + value + " -> " + r.status + " " + clip(r.body));
                                etag = reread(w, path, giveUp);
                            }
                        }
                        if (System.nanoTime() >= end) break;
                        String key = run + "-" + c + "-sub-" + (++sub);
                        String marker = "Ministerio (submission " + key + ")";
                        w.attemptedSubmissions.put(key, marker);
                        String body = "{\"intro\": {\"intro.institution\": \"" + marker + "\"}}";
                        Resp r = write(w, path, "POST", "/submission", body, key, etag, giveUp);
                        if (r.status == 200) {
                            w.ackedSubmissions.put(key, marker);
                            w.lastAcked = "submission " + key;
                            w.acked++;
                            etag = r.etag;
                            opsPerSecond[(int) ((System.nanoTime() - t0) / 1_000_000_000L)].incrementAndGet();
                        } else {
                            w.problems.add("submission " + key + " -> " + r.status + " " + clip(r.body));
                        }
                        etag = clarify(w, cycle, c, "clarification after " + key, giveUp);
                    }
                } catch (Exception e) {
                    w.problems.add("client stopped: " + e);
                }
            });
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
        if (firstFailure.get() > 0) {
            System.out.printf("   clients saw failures (connection errors / 5xx) from %.1f s to %.1f s after the load started%n",
                    (firstFailure.get() - t0) / 1e9, (lastFailure.get() - t0) / 1e9);
        }

        // verification against the stored state and history
        awaitReady(QS, Duration.ofSeconds(120));
        long acked = 0, ackedSaves = 0, ackedSubs = 0, missing = 0, duplicated = 0, conn = 0, five = 0, pre = 0, retries = 0,
                conflictOnRetry = 0, otherRefusals = 0, wrongFinal = 0, replays = 0, replayFailures = 0;
        for (Writer w : writers) {
            String path = assignment(cycle, w.country);
            List<Object> history = arr(Json.parse(expect(send("GET", path + "/history", null), 200).body));
            Map<String, Object> current = obj(Json.parse(expect(send("GET", path, null), 200).body));
            Set<String> savedNames = new HashSet<>();
            Map<String, Integer> markers = new HashMap<>();
            int submitted = 0;
            for (Object o : history) {
                Map<String, Object> change = obj(o);
                if ("SUBMITTED".equals(change.get("action"))) submitted++;
                if ("SAVED".equals(change.get("action")) && "intro.focal_point_name".equals(change.get("linkId"))) {
                    savedNames.add(String.valueOf(change.get("after")));
                }
                if ("SAVED".equals(change.get("action")) && "intro.institution".equals(change.get("linkId"))) {
                    markers.merge(String.valueOf(change.get("after")), 1, Integer::sum);
                }
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
            Object name = path(current, "answers", "intro", "intro.focal_point_name");
            String lastAckedSave = w.ackedSaves.isEmpty() ? null : w.ackedSaves.get(w.ackedSaves.size() - 1);
            int ackedAt = lastAckedSave == null ? -1 : w.attemptedSaves.indexOf(lastAckedSave);
            int storedAt = w.attemptedSaves.indexOf(String.valueOf(name));
            if (lastAckedSave != null && storedAt < ackedAt) {
                wrongFinal++;
                System.out.printf("   ! %s: stored %s, but %s was acknowledged later%n", w.country, name, lastAckedSave);
            }
            // a retry of a submission acknowledged before the crash still gets the first result (replay), not a second one
            if (!w.ackedSubmissions.isEmpty()) {
                var first = w.ackedSubmissions.entrySet().iterator().next();
                Resp again = send("POST", path + "/submission", "{\"intro\": {\"intro.institution\": \"" + first.getValue() + "\"}}",
                        "If-Match", expect(send("GET", path, null), 200).etag, "Idempotency-Key", first.getKey(),
                        "Content-Type", "application/json");
                long after = arr(Json.parse(expect(send("GET", path + "/history", null), 200).body)).stream()
                        .filter(o -> "SUBMITTED".equals(obj(o).get("action"))).count();
                boolean replayed = again.status == 200 && after == submitted;
                if (!replayed) {
                    replayFailures++;
                    System.out.printf("   ! %s: resending %s after the run -> %d, SUBMITTED %d -> %d: %s%n", w.country, first.getKey(),
                            again.status, submitted, after, clip(again.body));
                }
            }
            System.out.printf("   %s: acknowledged %d saves + %d submissions; history %d changes, %d SUBMITTED; status %s;"
                            + " missing %d, duplicated submissions %d; client saw %d connection errors, %d 5xx, %d 412, %d retried submissions answered 200%n",
                    w.country, w.ackedSaves.size(), w.ackedSubmissions.size(), history.size(), submitted, current.get("status"), lost,
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
        System.out.printf("%n   acknowledged writes %d (%d saves, %d submissions); acknowledged writes missing from state/history: %d"
                        + " (target 0) -> %s; duplicated submissions: %d (target 0) -> %s%n", acked, ackedSaves, ackedSubs, missing,
                missing == 0 ? "MET" : "NOT MET", duplicated, duplicated == 0 ? "MET" : "NOT MET");
        System.out.printf("   stored value older than the last acknowledged save: %d; client retries %d (connection errors %d, 5xx %d,"
                        + " 412 re-reads %d); 409 on a retried submission %d; other refusals %d%n", wrongFinal, retries, conn, five, pre,
                conflictOnRetry, otherRefusals);
        System.out.printf("   each country's first acknowledged submission (before the crash) sent again with its key after the run:"
                + " %d of %d did not replay (200, no new SUBMITTED)%n", replayFailures, writers.size());
    }

    /** Sends a write until it is answered for good; connection errors and 5xx: wait, re-read the ETag, same request again. */
    static Resp write(Writer w, String path, String method, String suffix, String body, String key, String etag, long giveUp)
            throws Exception {
        boolean retried = false;
        while (true) {
            if (System.nanoTime() > giveUp) throw new IllegalStateException("gave up retrying " + method + " " + suffix);
            Resp r;
            try {
                r = key == null
                        ? send(method, path + suffix, body, "If-Match", etag, "Content-Type", "application/merge-patch+json")
                        : send(method, path + suffix, body, "If-Match", etag, "Idempotency-Key", key, "Content-Type", "application/json");
            } catch (IOException e) {
                w.connectionErrors++;
                failed();
                w.retries++;
                retried = true;
                Thread.sleep(200);
                etag = reread(w, path, giveUp);
                continue;
            }
            if (r.status >= 500) {
                w.serverErrors++;
                failed();
                if (w.problems.size() < 20) w.problems.add(method + " " + suffix + " -> " + r.status + " " + clip(r.body) + " (retried)");
                w.retries++;
                retried = true;
                Thread.sleep(200);
                etag = reread(w, path, giveUp);
                continue;
            }
            if (r.status == 412) {
                w.preconditionFailed++;
                etag = reread(w, path, giveUp);
                retried = true;
                continue;
            }
            if (retried && key != null && r.status == 200) w.replays++;
            if (retried && key != null && r.status == 409) w.conflictOnRetry++;
            return r;
        }
    }

    static String reread(Writer w, String path, long giveUp) throws Exception {
        while (true) {
            if (System.nanoTime() > giveUp) throw new IllegalStateException("gave up re-reading " + path);
            try {
                Resp r = send("GET", path, null);
                if (r.status == 200) return r.etag;
                if (r.status >= 500) {
                    w.serverErrors++;
                    failed();
                }
            } catch (IOException e) {
                w.connectionErrors++;
                failed();
            }
            Thread.sleep(200);
        }
    }

    /** The secretariat asks a clarification (the response reopens); on failure, checks whether it took before asking again. */
    static String clarify(Writer w, String cycle, String country, String text, long giveUp) throws Exception {
        String path = assignment(cycle, country);
        String body = "{\"linkId\": \"intro.institution\", \"text\": \"" + text + "\"}";
        while (true) {
            if (System.nanoTime() > giveUp) throw new IllegalStateException("gave up asking a clarification");
            try {
                Resp r = send("POST", path + "/clarifications", body, "Content-Type", "application/json");
                if (r.status == 201 || r.status == 200) return reread(w, path, giveUp);
                if (r.status < 500) {
                    w.problems.add("clarification -> " + r.status + " " + clip(r.body));
                    return reread(w, path, giveUp);
                }
                w.serverErrors++;
                failed();
            } catch (IOException e) {
                w.connectionErrors++;
                failed();
            }
            Thread.sleep(200);
            while (true) {
                try {
                    Resp g = send("GET", path, null);
                    if (g.status == 200) {
                        if ("CLARIFICATION_REQUESTED".equals(obj(Json.parse(g.body)).get("status"))) return g.etag;
                        break;
                    }
                } catch (IOException e) {
                    w.connectionErrors++;
                    failed();
                }
                if (System.nanoTime() > giveUp) throw new IllegalStateException("gave up asking a clarification");
                Thread.sleep(200);
            }
        }
    }

    static void failed() {
        long now = System.nanoTime();
        firstFailure.compareAndSet(0, now);
        lastFailure.set(now);
    }

    // ------------------------------------------------------------------------------------------------------------
    // (c) registry outage during acceptances

    static void outagePrepare(Path cycleFile, int countryCount, int extraChannels) throws Exception {
        String cycle = openCycle("bench-outage");
        List<String> countries = countries(cycle).subList(0, countryCount);
        for (int i = 0; i < countries.size(); i++) {
            String path = assignment(cycle, countries.get(i));
            String document = documentWithChannels(i + 1, extraChannels);
            Resp patch = expect(send("PATCH", path + "/answers", document, "If-Match", expect(send("GET", path, null), 200).etag,
                    "Content-Type", "application/merge-patch+json"), 200);
            expect(send("POST", path + "/submission", "{}", "If-Match", patch.etag, "Idempotency-Key", cycle + "-" + countries.get(i),
                    "Content-Type", "application/json"), 200);
        }
        System.out.printf("   cycle %s: %d countries submitted (the sample + %d extra phone lines each): %s%n", cycle, countries.size(),
                extraChannels, countries);
        Files.writeString(cycleFile, cycle);
    }

    static void outageAccept(String cycle, int watchSeconds) throws Exception {
        List<Object> assignments = arr(Json.parse(expect(send("GET", API + "/cycles/" + cycle + "/assignments", null), 200).body));
        List<Long> times = new ArrayList<>();
        int accepted = 0;
        for (Object o : assignments) {
            Map<String, Object> a = obj(o);
            if (!"SUBMITTED".equals(a.get("status"))) continue;
            String path = assignment(cycle, (String) a.get("country"));
            Resp r = expect(send("POST", path + "/acceptance", null, "If-Match", expect(send("GET", path, null), 200).etag), 200);
            times.add(r.nanos);
            accepted++;
        }
        long[] t = times.stream().mapToLong(Long::longValue).toArray();
        System.out.printf("   registry down: accepted %d responses, acceptance p50 %.1f ms max %.1f ms (the acceptance does not"
                + " call the registry)%n", accepted, p(t, 50), p(t, 100));
        long t0 = System.currentTimeMillis();
        long lastSum = -1;
        boolean growing = true, allPending = true;
        while (true) {
            List<Map<String, Object>> rows = publications(cycle, null);
            Map<String, Integer> byStatus = new TreeMap<>();
            int min = Integer.MAX_VALUE, max = 0;
            long sum = 0;
            String error = null;
            for (Map<String, Object> row : rows) {
                byStatus.merge((String) row.get("status"), 1, Integer::sum);
                int attempts = ((Number) row.get("attempts")).intValue();
                min = Math.min(min, attempts);
                max = Math.max(max, attempts);
                sum += attempts;
                if (row.get("lastError") != null) error = (String) row.get("lastError");
            }
            long at = (System.currentTimeMillis() - t0) / 1000;
            System.out.printf("   t+%2d s: %d rows %s, attempts min %d / avg %.1f / max %d; last error: %s%n", at, rows.size(), byStatus,
                    min, rows.isEmpty() ? 0.0 : (double) sum / rows.size(), max, clip(error));
            if (byStatus.keySet().stream().anyMatch(s -> !s.equals("PENDING"))) allPending = false;
            if (lastSum >= 0 && sum <= lastSum) growing = false;
            lastSum = sum;
            if (at >= watchSeconds) break;
            Thread.sleep(Math.min(10_000, watchSeconds * 1000L / 3));
        }
        System.out.printf("   while the registry was down: all rows PENDING: %s; attempts (their sum) grew at every sample: %s%n",
                allPending ? "yes" : "NO", growing ? "yes" : "NO (see the rows above)");
        System.out.println("   note: a pass takes at most 20 rows every 2 s whatever the outcome, so N pending rows are each tried about"
                + " once every N/10 s; the per-row backoff (1 s, 2 s, 4 s ... up to 5 min) only adds to that");
        System.out.println("   summary: " + expect(send("GET", API + "/publications/summary", null), 200).body);
    }

    static void outageRecover(String cycle, long restartEpochMillis) throws Exception {
        long registryReady = -1;
        long deadline = restartEpochMillis + 300_000;
        int total = 0, delivered = 0, failed = 0;
        String nextAttemptSpread = null;
        while (System.currentTimeMillis() < deadline) {
            if (registryReady < 0) {
                try {
                    HttpResponse<String> h = HTTP.send(HttpRequest.newBuilder(URI.create(RS + "/q/health/ready"))
                            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                    if (h.statusCode() == 200) {
                        registryReady = System.currentTimeMillis();
                        // when the rows will next be tried, as of the moment the registry is back
                        OffsetDateTime now = OffsetDateTime.now(), latest = null;
                        for (Map<String, Object> row : publications(cycle, null)) {
                            OffsetDateTime next = time(row.get("nextAttemptAt"));
                            if ("PENDING".equals(row.get("status")) && next != null && (latest == null || next.isAfter(latest))) latest = next;
                        }
                        nextAttemptSpread = latest == null ? "none pending" : String.format("the last pending row was due again in %.1f s",
                                Duration.between(now, latest).toMillis() / 1000.0);
                    }
                } catch (IOException e) {
                    // not yet
                }
            }
            List<Map<String, Object>> rows = publications(cycle, null);
            total = rows.size();
            delivered = (int) rows.stream().filter(r -> "DELIVERED".equals(r.get("status"))).count();
            failed = (int) rows.stream().filter(r -> "FAILED".equals(r.get("status"))).count();
            if (total > 0 && delivered + failed == total) break;
            Thread.sleep(250);
        }
        long done = System.currentTimeMillis();
        System.out.printf("   registry restarted (command) at t=0; ready after %.1f s; %s%n", (registryReady - restartEpochMillis) / 1000.0,
                nextAttemptSpread);
        System.out.printf("   every publication DELIVERED after %.1f s from the restart, %.1f s after the registry was ready"
                        + " (%d rows: %d DELIVERED, %d FAILED, %d still PENDING)%n", (done - restartEpochMillis) / 1000.0,
                (done - registryReady) / 1000.0, total, delivered, failed, total - delivered - failed);
        List<Map<String, Object>> rows = publications(cycle, null);
        int maxAttempts = rows.stream().mapToInt(r -> ((Number) r.get("attempts")).intValue()).max().orElse(0);
        System.out.printf("   attempts per row at the end: max %d; bound: time until the rows are due again (backoff) + %d passes"
                + " of 20 rows every 2 s (~%d s) to drain %d rows%n", maxAttempts, (total + 19) / 20, 2 * ((total + 19) / 20 - 1), total);
        for (Map<String, Object> r : rows) {
            if ("FAILED".equals(r.get("status"))) System.out.printf("   ! FAILED %s %s[%s]: %s%n", r.get("country"), r.get("question"),
                    r.get("position"), r.get("lastError"));
        }

        // exactly one instrument per (cycle, country, question, position) in the registry
        Map<String, List<Long>> inRegistry = new TreeMap<>();
        Set<String> countries = new java.util.TreeSet<>();
        for (Map<String, Object> r : rows) countries.add((String) r.get("country"));
        for (String c : countries) {
            for (Map<String, Object> i : registryInstruments(c, cycle)) {
                Map<String, Object> p = obj(i.get("provenance"));
                inRegistry.computeIfAbsent(c + "/" + p.get("question") + "/" + p.get("position"), k -> new ArrayList<>())
                        .add(((Number) i.get("id")).longValue());
            }
        }
        int duplicates = 0, missing = 0, wrongId = 0;
        Set<String> expected = new HashSet<>();
        for (Map<String, Object> r : rows) {
            if ("FAILED".equals(r.get("status"))) continue;
            String key = r.get("country") + "/" + r.get("question") + "/" + r.get("position");
            expected.add(key);
            List<Long> ids = inRegistry.get(key);
            if (ids == null) {
                missing++;
                System.out.println("   ! missing in the registry: " + cycle + "/" + key);
            } else if (r.get("instrumentId") != null && !ids.contains(((Number) r.get("instrumentId")).longValue())) {
                wrongId++;
                System.out.println("   ! " + key + ": outbox says instrument " + r.get("instrumentId") + ", registry has " + ids);
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
    }

    // ------------------------------------------------------------------------------------------------------------
    // (d) a complete second cycle: every member state answers the structured questionnaire v2 and is accepted

    /** The groups of the structured questionnaire whose entries are registry instruments (as in SecondCycleIT). */
    static final Set<String> INSTRUMENT_GROUPS = Set.of("A.authority", "A.websites", "A.other_bodies", "B.laws", "B.policies",
            "B.plans", "C.diagnostics", "D.units", "D.protocols", "E.channels", "E.programmes", "E.protocols", "E.shelters",
            "F.systems", "F.reports");

    /**
     * Opens a cycle over oas-tip-structured version 2 (each assignment pre-filled with the country's registry inventory),
     * and for the first {@code countryCount} member states: completes the pre-filled response as the local stack's
     * SecondCycleIT does (the inventory confirmed as it is, the sample's answers to every item that is not an instrument,
     * the sample's entries for an instrument group the country has nothing in, then what the dry-run validation still
     * asks), saves it in one PATCH, submits it, and the secretariat accepts it. Waits until every response's publication
     * is DELIVERED to the registry, prints what the cycle holds there, and writes the cycle's code to {@code cycleFile}.
     */
    @SuppressWarnings("unchecked")
    static void secondCycle(Path cycleFile, int countryCount, LocalDate referenceDate) throws Exception {
        long t0 = System.nanoTime();
        String cycle = openCycle("bench-cycle2", "2", referenceDate);
        List<String> countries = countries(cycle);
        countries = countries.subList(0, Math.min(countryCount, countries.size()));
        Map<String, Object> items = new HashMap<>();
        List<Object> todo = new ArrayList<>(arr(obj(Json.parse(expect(send("GET", API + "/questionnaires/" + QUESTIONNAIRE
                + "/versions/2", null), 200).body)).get("items")));
        while (!todo.isEmpty()) {
            Map<String, Object> item = obj(todo.remove(todo.size() - 1));
            items.put((String) item.get("linkId"), item);
            if (item.get("items") != null) todo.addAll(arr(item.get("items")));
        }
        Map<String, Object> sample = obj(Json.parse(SAMPLE));
        System.out.printf("   cycle %s over %s v2, reference date %s: %d of %d assignments answered and accepted%n", cycle,
                QUESTIONNAIRE, referenceDate, countries.size(), countries(cycle).size());
        int prefilledTotal = 0, entriesTotal = 0;
        for (String country : countries) {
            String path = assignment(cycle, country);
            Resp current = expect(send("GET", path, null), 200);
            Map<String, Object> doc = obj(obj(Json.parse(current.body)).get("answers"));
            if (doc == null) doc = new LinkedHashMap<>();
            int prefilled = instrumentEntries(doc);
            for (var section : sample.entrySet()) {
                Map<String, Object> target = (Map<String, Object>) doc.computeIfAbsent(section.getKey(), k -> new LinkedHashMap<>());
                for (var item : obj(section.getValue()).entrySet()) {
                    if (!INSTRUMENT_GROUPS.contains(item.getKey()) || !target.containsKey(item.getKey())
                            || target.get(item.getKey()) instanceof List<?> l && l.isEmpty()) {
                        target.put(item.getKey(), item.getValue());
                    }
                }
            }
            // the structured questionnaire asks more of the national authority than the 2015-2018 report recorded
            Map<String, Object> authority = obj(obj(doc.get("A")).get("A.authority"));
            for (var f : obj(obj(sample.get("A")).get("A.authority")).entrySet()) {
                if (authority.get(f.getKey()) == null) authority.put(f.getKey(), f.getValue());
            }
            // as a tool does: the dry-run validation says what is still missing, answered with a plain default
            for (int round = 0; round < 3; round++) {
                Map<String, Object> report = obj(Json.parse(expect(send("POST", path + "/answers/validation", Json.write(doc),
                        "Content-Type", "application/json"), 200).body));
                boolean filled = false;
                for (Object o : arr(report.getOrDefault("problems", List.of()))) {
                    Map<String, Object> problem = obj(o);
                    if (!String.valueOf(problem.get("message")).contains("required item has no answer")) continue;
                    String pointer = (String) problem.get("pointer");
                    String linkId = pointer.substring(pointer.lastIndexOf('/') + 1);
                    Object parent = doc;
                    for (String step : pointer.substring(1, pointer.lastIndexOf('/')).split("/")) {
                        if (step.isEmpty()) continue;
                        String key = step.replace("~1", "/").replace("~0", "~");
                        parent = parent instanceof List<?> l ? l.get(Integer.parseInt(key)) : obj(parent).get(key);
                    }
                    obj(parent).put(linkId, defaultAnswer(obj(items.get(linkId))));
                    filled = true;
                }
                if (!filled) break;
            }
            int entries = instrumentEntries(doc);
            prefilledTotal += prefilled;
            entriesTotal += entries;
            Resp patch = expect(send("PATCH", path + "/answers", Json.write(doc), "If-Match", current.etag, "Content-Type",
                    "application/json"), 200);
            Resp submit = expect(send("POST", path + "/submission", "{}", "If-Match", patch.etag, "Idempotency-Key",
                    cycle + "-" + country, "Content-Type", "application/json"), 200);
            expect(send("POST", path + "/acceptance", null, "If-Match", submit.etag), 200);
        }
        System.out.printf("   %d instrument entries answered (%d of them pre-filled from the registry, confirmed as they are;"
                + " the rest the sample's entries for groups a country had nothing in)%n", entriesTotal, prefilledTotal);
        long until = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        Map<String, Integer> byStatus = new TreeMap<>();
        while (System.nanoTime() < until) {
            byStatus.clear();
            for (Map<String, Object> row : publications(cycle, null)) byStatus.merge((String) row.get("status"), 1, Integer::sum);
            if (byStatus.getOrDefault("DELIVERED", 0) + byStatus.getOrDefault("FAILED", 0) >= countries.size()) break;
            Thread.sleep(500);
        }
        System.out.printf("   publications: %s%n", byStatus);
        if (byStatus.getOrDefault("DELIVERED", 0) < countries.size()) {
            for (Map<String, Object> row : publications(cycle, null)) {
                if (!"DELIVERED".equals(row.get("status"))) System.out.printf("   ! %s %s: %s%n", row.get("country"), row.get("status"),
                        clip(String.valueOf(row.get("lastError"))));
            }
            throw new IllegalStateException("not every response of " + cycle + " was published to the registry");
        }
        int inCycle = 0;
        String cursor = null;
        do {
            Map<String, Object> page = obj(Json.parse(expect(send("GET", RS + "/api/registry/v1/instruments?limit=500&cycle=" + enc(cycle)
                    + (cursor == null ? "" : "&cursor=" + enc(cursor)), null), 200).body));
            inCycle += arr(page.get("items")).size();
            cursor = (String) page.get("next");
        } while (cursor != null);
        System.out.printf("   registry: %d instruments in cycle %s (GET /instruments?cycle=); made in %.1f s%n", inCycle, cycle,
                (System.nanoTime() - t0) / 1e9);
        Files.writeString(cycleFile, cycle);
    }

    @SuppressWarnings("unchecked")
    static int instrumentEntries(Map<String, Object> doc) {
        int n = 0;
        for (Object section : doc.values()) {
            if (!(section instanceof Map<?, ?> m)) continue;
            for (var item : ((Map<String, Object>) m).entrySet()) {
                if (!INSTRUMENT_GROUPS.contains(item.getKey())) continue;
                n += item.getValue() instanceof List<?> l ? l.size() : item.getValue() == null ? 0 : 1;
            }
        }
        return n;
    }

    /** A plain answer of the item's type (as SecondCycleIT answers what the validation asks). */
    static Object defaultAnswer(Map<String, Object> item) {
        Object value = switch (String.valueOf(item.get("type"))) {
            case "boolean" -> Boolean.FALSE;
            case "integer" -> Math.max(1L, item.get("minValue") instanceof Number n ? n.longValue() : 1L);
            case "year" -> 2015L;
            case "date" -> "2020-01-01";
            case "url" -> "https://www.oas.org/";
            case "choice", "open-choice" -> obj(arr(item.get("answerOptions")).get(0)).get("code");
            default -> "Not stated in 2015-2018";
        };
        return Boolean.TRUE.equals(item.get("repeats")) ? new ArrayList<>(List.of(value)) : value;
    }

    // ------------------------------------------------------------------------------------------------------------
    // API helpers

    static String openCycle(String prefix) throws Exception {
        return openCycle(prefix, "1", LocalDate.now(ZoneOffset.UTC).plusDays(180));
    }

    /** A new cycle over {@link #QUESTIONNAIRE} in that version, assigned to every active member state. */
    static String openCycle(String prefix, String version, LocalDate referenceDate) throws Exception {
        String code = prefix + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-"
                + UUID.randomUUID().toString().substring(0, 4);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String body = "{\"code\": \"" + code + "\", \"title\": \"Benchmark cycle " + code + "\", \"opensOn\": \"" + today
                + "\", \"deadline\": \"" + today.plusDays(180) + "\", \"referenceDate\": \"" + referenceDate
                + "\", \"questionnaire\": \"" + QUESTIONNAIRE
                + "\", \"questionnaireVersion\": \"" + version + "\"}";
        expect(send("POST", API + "/cycles", body, "Content-Type", "application/json"), 201);
        return code;
    }

    static List<String> countries(String cycle) throws Exception {
        List<String> countries = new ArrayList<>();
        for (Object o : arr(Json.parse(expect(send("GET", API + "/cycles/" + cycle + "/assignments", null), 200).body))) {
            countries.add((String) obj(o).get("country"));
        }
        return countries;
    }

    static String assignment(String cycle, String country) {
        return API + "/cycles/" + cycle + "/assignments/" + country;
    }

    /** The sample with {@code extra} more E.channels entries: dedicated lines with distinct valid phone numbers. */
    @SuppressWarnings("unchecked")
    static String documentWithChannels(int countryIndex, int extra) {
        Map<String, Object> doc = obj(Json.parse(SAMPLE));
        List<Object> channels = (List<Object>) obj(doc.get("E")).get("E.channels");
        for (int i = 1; i <= extra; i++) {
            Map<String, Object> channel = new LinkedHashMap<>();
            channel.put("E.channels.title", "Bench line " + i);
            channel.put("E.channels.type", "DEDICATED_TIP_LINE");
            channel.put("E.channels.contact", String.format("+1 (8%02d) 555-%04d", countryIndex % 100, i));
            channel.put("E.channels.institution", "Ministerio de Seguridad");
            channels.add(channel);
        }
        return Json.write(doc);
    }

    static List<Map<String, Object>> publications(String cycle, String country) throws Exception {
        String url = API + "/publications?cycle=" + enc(cycle) + (country == null ? "" : "&country=" + country);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Object o : arr(Json.parse(expect(send("GET", url, null), 200).body))) rows.add(obj(o));
        return rows;
    }

    /** The registry's instruments of the country published from the cycle's answers (every page). */
    static List<Map<String, Object>> registryInstruments(String country, String cycle) throws Exception {
        List<Map<String, Object>> found = new ArrayList<>();
        String cursor = null;
        do {
            String url = RS + "/api/registry/v1/instruments?limit=500&country=" + country + (cursor == null ? "" : "&cursor=" + enc(cursor));
            Map<String, Object> page = obj(Json.parse(expect(send("GET", url, null), 200).body));
            for (Object o : arr(page.get("items"))) {
                Map<String, Object> i = obj(o);
                Map<String, Object> p = obj(i.get("provenance"));
                if (p != null && "CYCLE_ANSWER".equals(p.get("source")) && cycle.equals(p.get("cycle"))) found.add(i);
            }
            cursor = (String) page.get("next");
        } while (cursor != null);
        return found;
    }

    static void awaitReady(String base, Duration max) throws Exception {
        long until = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < until) {
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).timeout(Duration.ofSeconds(2))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) return;
            } catch (IOException e) {
                // not yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(base + " not ready after " + max);
    }

    // ------------------------------------------------------------------------------------------------------------
    // HTTP, token, JSON, statistics

    record Resp(int status, String body, String etag, long nanos) {
    }

    static Resp send(String method, String url, String body, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token());
        for (int i = 0; i + 1 < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        long t0 = System.nanoTime();
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        long t = System.nanoTime() - t0;
        return new Resp(r.statusCode(), r.body(), r.headers().firstValue("ETag").orElse(null), t);
    }

    static Resp expect(Resp r, int status) {
        if (r.status != status) throw new IllegalStateException("expected " + status + ", got " + r.status + ": " + clip(r.body));
        return r;
    }

    private static String token;
    private static long tokenRenewAt;

    static synchronized String token() throws IOException, InterruptedException {
        if (token == null || System.currentTimeMillis() > tokenRenewAt) {
            String form = "grant_type=client_credentials&client_id=questionnaire-service&client_secret="
                    + env("ADMIN_SECRET", "local-dev-secret-questionnaire-service");
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(TOKEN_URL)).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) throw new IllegalStateException("token: " + r.statusCode() + " " + clip(r.body()));
            Map<String, Object> t = obj(Json.parse(r.body()));
            token = (String) t.get("access_token");
            tokenRenewAt = System.currentTimeMillis() + (((Number) t.get("expires_in")).longValue() - 60) * 1000;
        }
        return token;
    }

    static final class Deadline {
        final long at;

        Deadline(Duration d) {
            at = System.nanoTime() + d.toNanos();
        }

        boolean passed() {
            return System.nanoTime() > at;
        }
    }

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    static int intArg(String[] args, int i, int fallback) {
        return args.length > i ? Integer.parseInt(args[i]) : fallback;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String clip(String s) {
        if (s == null) return "null";
        s = s.replace('\n', ' ');
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    static void sample(List<String> samples, String s) {
        if (samples.size() < 10) samples.add(s);
    }

    static OffsetDateTime time(Object o) {
        return o == null ? null : OffsetDateTime.parse((String) o);
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    static long[] column(List<long[]> rows, int c) {
        return rows.stream().mapToLong(r -> r[c]).toArray();
    }

    static long[] concat(List<long[]> parts) {
        return parts.stream().flatMapToLong(Arrays::stream).toArray();
    }

    static long count(Map<Integer, LongAdder> statuses, int status) {
        LongAdder a = statuses.get(status);
        return a == null ? 0 : a.sum();
    }

    static String statusText(Map<Integer, LongAdder> statuses) {
        StringBuilder b = new StringBuilder();
        new TreeMap<>(statuses).forEach((k, v) -> b.append(k >= 1000 ? "GET " + (k - 1000) : "PATCH " + k).append(": ").append(v.sum())
                .append("  "));
        return b.toString();
    }

    /** Nearest-rank percentile in ms; 100 is the maximum. */
    static double p(long[] values, double percentile) {
        long[] v = Arrays.stream(values).filter(x -> x >= 0).sorted().toArray();
        if (v.length == 0) return Double.NaN;
        int index = (int) Math.ceil(percentile / 100.0 * v.length) - 1;
        return v[Math.max(0, Math.min(v.length - 1, index))] / 1e6;
    }

    static void printStat(String what, long[] nanos) {
        System.out.printf("   %-52s p50 %8.1f ms  p95 %8.1f ms  max %8.1f ms%n", what, p(nanos, 50), p(nanos, 95), p(nanos, 100));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> obj(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Object> arr(Object o) {
        return (List<Object>) o;
    }

    static Object path(Object o, String... keys) {
        for (String k : keys) {
            if (!(o instanceof Map)) return null;
            o = obj(o).get(k);
        }
        return o;
    }

    /** A small JSON reader (objects as LinkedHashMap, arrays as ArrayList, numbers as Long or Double) and writer. */
    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Object parse(String text) {
            Json j = new Json(text);
            Object v = j.value();
            j.ws();
            if (j.i != text.length()) throw new IllegalArgumentException("trailing characters at " + j.i);
            return v;
        }

        private void ws() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        }

        private Object value() {
            ws();
            char c = s.charAt(i);
            switch (c) {
                case '{': {
                    Map<String, Object> m = new LinkedHashMap<>();
                    i++;
                    ws();
                    if (s.charAt(i) == '}') {
                        i++;
                        return m;
                    }
                    while (true) {
                        ws();
                        String k = string();
                        ws();
                        if (s.charAt(i++) != ':') throw new IllegalArgumentException("':' expected at " + (i - 1));
                        m.put(k, value());
                        ws();
                        char d = s.charAt(i++);
                        if (d == '}') return m;
                        if (d != ',') throw new IllegalArgumentException("',' expected at " + (i - 1));
                    }
                }
                case '[': {
                    List<Object> l = new ArrayList<>();
                    i++;
                    ws();
                    if (s.charAt(i) == ']') {
                        i++;
                        return l;
                    }
                    while (true) {
                        l.add(value());
                        ws();
                        char d = s.charAt(i++);
                        if (d == ']') return l;
                        if (d != ',') throw new IllegalArgumentException("',' expected at " + (i - 1));
                    }
                }
                case '"':
                    return string();
                case 't':
                    i += 4;
                    return Boolean.TRUE;
                case 'f':
                    i += 5;
                    return Boolean.FALSE;
                case 'n':
                    i += 4;
                    return null;
                default: {
                    int start = i;
                    while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) i++;
                    String n = s.substring(start, i);
                    if (n.contains(".") || n.contains("e") || n.contains("E")) return Double.parseDouble(n);
                    return Long.parseLong(n);
                }
            }
        }

        private String string() {
            if (s.charAt(i) != '"') throw new IllegalArgumentException("string expected at " + i);
            i++;
            StringBuilder b = new StringBuilder();
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') return b.toString();
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> b.append(e);
                }
            }
        }

        static String write(Object o) {
            StringBuilder b = new StringBuilder();
            write(o, b);
            return b.toString();
        }

        private static void write(Object o, StringBuilder b) {
            if (o == null) {
                b.append("null");
            } else if (o instanceof String str) {
                b.append('"');
                for (char c : str.toCharArray()) {
                    switch (c) {
                        case '"' -> b.append("\\\"");
                        case '\\' -> b.append("\\\\");
                        case '\n' -> b.append("\\n");
                        case '\r' -> b.append("\\r");
                        case '\t' -> b.append("\\t");
                        default -> {
                            if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                            else b.append(c);
                        }
                    }
                }
                b.append('"');
            } else if (o instanceof Map<?, ?> m) {
                b.append('{');
                boolean first = true;
                for (var e : m.entrySet()) {
                    if (!first) b.append(',');
                    first = false;
                    write(String.valueOf(e.getKey()), b);
                    b.append(':');
                    write(e.getValue(), b);
                }
                b.append('}');
            } else if (o instanceof List<?> l) {
                b.append('[');
                for (int k = 0; k < l.size(); k++) {
                    if (k > 0) b.append(',');
                    write(l.get(k), b);
                }
                b.append(']');
            } else {
                b.append(o);
            }
        }
    }
}
