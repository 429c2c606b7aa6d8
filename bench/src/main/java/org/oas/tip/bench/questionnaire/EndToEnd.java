package org.oas.tip.bench.questionnaire;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.oas.tip.bench.ApiClient.Response;
import org.oas.tip.bench.Args;
import org.oas.tip.bench.Report;
import org.oas.tip.bench.Stack;
import org.oas.tip.bench.Stats;

/**
 * (a) The questionnaire service end to end, on fresh cycles over oas-tip-structured v1: for one country after another,
 * one PATCH with the whole response (the structured sample + 100 E.channels phone lines), submission, acceptance, then
 * the registry polled every 100 ms until all the country's instruments of the cycle are there; then
 * {@link ConcurrentSaves}. {@code SEQUENTIAL_BUDGET_SECONDS} (default 420) bounds the sequential part.
 *
 * <pre>e2e [iterations=30] [loadSeconds=60] [warmup=1]</pre>
 */
public final class EndToEnd {

    private static final int EXTRA_CHANNELS = 100;
    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(120);

    private final QuestionnaireApi api;

    private EndToEnd(QuestionnaireApi api) {
        this.api = api;
    }

    public static void run(Args args) throws Exception {
        QuestionnaireApi api = QuestionnaireApi.fromEnvironment();
        new EndToEnd(api).run(args.integer(0, 30), args.integer(2, 1));
        new ConcurrentSaves(api).run(args.integer(1, 60), 1);
    }

    /** One iteration's times (ns; -1 when not seen): the acknowledged calls, then what followed the acceptance. */
    private record Row(long patch, long submit, long accept, long acknowledged, long endToEnd, long workerSpan, long firstWait) {
    }

    private void run(int iterations, int warmup) throws Exception {
        Stack stack = api.stack();
        System.out.println("== (a) questionnaire-service end to end: patch + submit + accept, then publication to the registry");
        System.out.println("   direct to questionnaire-service " + stack.questionnaire() + " and registry-service " + stack.registry()
                + " (not through the gateway :8080, which rate-limits 600 req/min per client)");
        System.out.println("   token: the secretariat (client questionnaire-service, tip-admin) acting on behalf of each country");
        long budgetEnd = System.nanoTime() + Duration.ofSeconds(Long.parseLong(Stack.env("SEQUENTIAL_BUDGET_SECONDS", "420"))).toNanos();
        List<String> countries = new ArrayList<>();
        String cycle = null;
        int index = 0;
        List<Row> rows = new ArrayList<>();
        int instruments = -1;
        int failedEntries = 0;
        for (int i = 0; i < warmup + iterations; i++) {
            if (index >= countries.size()) {
                cycle = api.openCycle("bench-e2e");
                countries = api.countries(cycle);
                index = 0;
                System.out.printf("   cycle %s over %s v1: %d assignments (one per active member state)%n", cycle,
                        QuestionnaireApi.QUESTIONNAIRE, countries.size());
            }
            if (System.nanoTime() > budgetEnd) {
                System.out.printf("   time budget of the sequential part reached after %d iterations%n", i);
                break;
            }
            String country = countries.get(index++);
            String document = StructuredSample.withChannels(index, EXTRA_CHANNELS);
            String path = api.assignment(cycle, country);
            String etag = api.get(path).expect(200).etag();

            long t0 = System.nanoTime();
            Response patch = api.send("PATCH", path + "/answers", document, "If-Match", etag, "Content-Type",
                    "application/merge-patch+json").expect(200);
            Response submit = api.send("POST", path + "/submission", "{}", "If-Match", patch.etag(), "Idempotency-Key",
                    "bench-" + UUID.randomUUID(), "Content-Type", "application/json").expect(200);
            Response accept = api.send("POST", path + "/acceptance", null, "If-Match", submit.etag()).expect(200);
            long ack = System.nanoTime() - t0;

            int expected = 0;
            // one publication per accepted response (issue 9): its entries are the instruments it reconciles
            for (Publication p : api.publications(cycle, country)) {
                if (p.is("FAILED")) {
                    failedEntries += p.entries().size();
                    System.out.printf("   ! %s publication %s refused: %s%n", country, p.key(), p.lastError());
                } else {
                    expected += p.entries().size();
                }
            }
            long endToEnd = -1;
            while (System.nanoTime() - t0 < VISIBLE_WITHIN.toNanos()) {
                if (api.registryInstruments(country, cycle).size() >= expected) {
                    endToEnd = System.nanoTime() - t0;
                    break;
                }
                Thread.sleep(100);
            }
            if (endToEnd < 0) {
                System.out.printf("   ! %s: instruments not all in the registry after 120 s%n", country);
            }
            // the worker's own view: from the acceptance's enqueue to the first and the last delivery of the rows
            OffsetDateTime enqueued = null, first = null, last = null;
            for (Publication p : api.publications(cycle, country)) {
                OffsetDateTime e = p.createdAt(), d = p.deliveredAt();
                if (e != null && (enqueued == null || e.isBefore(enqueued))) enqueued = e;
                if (d != null && (first == null || d.isBefore(first))) first = d;
                if (d != null && (last == null || d.isAfter(last))) last = d;
            }
            long span = enqueued == null || last == null ? -1 : Duration.between(enqueued, last).toNanos();
            long firstWait = enqueued == null || first == null ? -1 : Duration.between(enqueued, first).toNanos();
            boolean warm = i < warmup;
            System.out.printf("   %s %-3s patch %6.1f  submit %6.1f  accept %6.1f  = %6.1f ms; %3d instruments in the registry after %8.1f ms"
                            + " (worker: first delivery %6.0f ms, last %6.0f ms after the enqueue)%n",
                    warm ? "warm-up" : String.format("%7d", i - warmup + 1), country, Stats.ms(patch.nanos()), Stats.ms(submit.nanos()),
                    Stats.ms(accept.nanos()), Stats.ms(ack), expected, Stats.ms(endToEnd), Stats.ms(firstWait), Stats.ms(span));
            if (!warm) {
                rows.add(new Row(patch.nanos(), submit.nanos(), accept.nanos(), ack, endToEnd, span, firstWait));
                instruments = expected;
            }
        }
        if (!rows.isEmpty()) {
            report(rows, warmup, instruments, failedEntries);
        }
    }

    private static void report(List<Row> rows, int warmup, int instruments, int failedEntries) {
        System.out.printf("%n   results over %d iterations (%d warm-up iterations left out), %d instruments per response"
                + " (the sample's %d + 100 extra E.channels phone lines), %d rows refused by the registry:%n", rows.size(), warmup,
                instruments, instruments - EXTRA_CHANNELS, failedEntries);
        stat("PATCH (whole response, one request)", rows.stream().mapToLong(Row::patch).toArray());
        stat("POST submission", rows.stream().mapToLong(Row::submit).toArray());
        stat("POST acceptance (enqueues the outbox)", rows.stream().mapToLong(Row::accept).toArray());
        stat("patch + submit + accept (acknowledged)", rows.stream().mapToLong(Row::acknowledged).toArray());
        stat("end to end: PATCH start -> all visible in registry", rows.stream().mapToLong(Row::endToEnd).toArray());
        long[] fromAcceptance = rows.stream().mapToLong(r -> r.endToEnd() - r.patch() - r.submit()).toArray();
        stat("acceptance start -> all visible in registry", fromAcceptance);
        stat("worker: enqueue -> registry answered (one bulk call)", rows.stream().mapToLong(Row::workerSpan).toArray());
        double p95 = Stats.measuredMs(fromAcceptance, 95);
        System.out.printf("   target p95 acceptance -> all visible <= 300 ms: %s (p95 %.0f ms; seen by polling the registry"
                + " every 100 ms)%n", Report.metOrNot(p95 <= 300), p95);
        System.out.printf("   delivery starts when the acceptance commits and sends the response's %d instruments in one"
                + " POST /api/registry/v1/cycle-publications (bench/registry-reconcile.sh times it beside the former"
                + " per-instrument PUTs).%n", instruments);
    }

    private static void stat(String label, long[] nanos) {
        Report.p50p95max(label, nanos, 52, 8);
    }
}
