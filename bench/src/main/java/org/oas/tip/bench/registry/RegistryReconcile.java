package org.oas.tip.bench.registry;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.oas.tip.bench.ApiClient;
import org.oas.tip.bench.Args;
import org.oas.tip.bench.Http;
import org.oas.tip.bench.Json;
import org.oas.tip.bench.Report;
import org.oas.tip.bench.Stack;
import org.oas.tip.bench.Stats;
import org.oas.tip.bench.TokenSource;

/**
 * Publication of one accepted response with {@code n} instruments to the registry, the two ways side by side in one
 * run, round by round so both see the same machine noise: the bulk reconcile ({@code POST /cycle-publications}, one
 * call, one transaction) and the per-instrument path the outbox used before ({@code n} sequential
 * {@code PUT /cycle-answers/{cycle}/{country}/{question}/{position}}). Each round uses a fresh cycle code, so every
 * instrument is created; a second bulk call with the same content (a replay after a crash) is timed too. Times are
 * until the registry has answered, i.e. until every instrument is committed and visible. Token: the questionnaire
 * service's client (role tip-publisher; secret {@code TIP_QUESTIONNAIRE_SERVICE_SECRET}), from the stack's Keycloak.
 *
 * <pre>registry-reconcile [registryUrl] [rounds] [instruments] [keycloakRealmUrl]</pre>
 */
public final class RegistryReconcile {

    private static final int WARM_UP_ROUNDS = 3;

    /** The registry's bulk publication of one response. */
    record Publication(String key, String cycle, String country, String referenceDate, boolean amendment, List<Entry> entries) {
    }

    record Entry(String ref, String question, int position, String action, Instrument instrument) {
    }

    record Instrument(String country, String kind, String title, String language, String institution, int yearStart,
                      Channel channel) {
    }

    record Channel(String type, String contact, List<String> features) {
    }

    private RegistryReconcile() {
    }

    public static void run(Args args) throws Exception {
        String base = args.string(0, "http://localhost:8082");
        int rounds = args.integer(1, 30);
        int n = args.integer(2, 100);
        String realm = args.string(3, Stack.DEFAULT_REALM);
        ApiClient api = new ApiClient(Http.client(), new TokenSource(Stack.tokenUrl(realm), "questionnaire-service",
                Stack.env("TIP_QUESTIONNAIRE_SERVICE_SECRET", "local-dev-secret-questionnaire-service")), Duration.ofSeconds(60));
        String run = UUID.randomUUID().toString().substring(0, 6);
        long[] bulk = new long[rounds];
        long[] replay = new long[rounds];
        long[] single = new long[rounds];
        for (int r = -WARM_UP_ROUNDS; r < rounds; r++) {
            String cycle = "bench-" + run + "-" + (r + WARM_UP_ROUNDS);
            String body = Json.write(publication(cycle, n));
            long t0 = System.nanoTime();
            api.send("POST", base + "/api/registry/v1/cycle-publications", body, "Content-Type", "application/json").expect(200);
            long t1 = System.nanoTime();
            api.send("POST", base + "/api/registry/v1/cycle-publications", body, "Content-Type", "application/json").expect(200);
            long t2 = System.nanoTime();
            String old = cycle + "-old";
            for (int i = 0; i < n; i++) {
                int status = api.send("PUT", base + "/api/registry/v1/cycle-answers/" + old + "/ARG/E.channels/" + i,
                        Json.write(instrument(old, i)), "Content-Type", "application/json").status();
                if (status != 200 && status != 201) {
                    throw new IllegalStateException("PUT cycle-answers answered " + status);
                }
            }
            long t3 = System.nanoTime();
            if (r >= 0) {
                bulk[r] = t1 - t0;
                replay[r] = t2 - t1;
                single[r] = t3 - t2;
            }
        }
        System.out.printf("== %d instruments of one response to the registry, %d rounds (%s)%n", n, rounds, base);
        Report.p50p95max("bulk POST /cycle-publications (1 call)", bulk, 50, 7);
        Report.p50p95max("same publication again (replay, no change)", replay, 50, 7);
        Report.p50p95max("per-instrument PUT /cycle-answers (" + n + " calls)", single, 50, 7);
        System.out.printf("   median ratio per-instrument / bulk: %.1f x%n", Stats.ms(single, 50) / Stats.ms(bulk, 50));
    }

    static Publication publication(String cycle, int n) {
        List<Entry> entries = IntStream.range(0, n)
                .mapToObj(i -> new Entry("E.channels[" + i + "]", "E.channels", i, "CREATE", instrument(cycle, i))).toList();
        return new Publication(cycle + "/ARG/1", cycle, "ARG", "2026-12-31", false, entries);
    }

    static Instrument instrument(String cycle, int i) {
        return new Instrument("ARG", "REPORTING_CHANNEL", "Linea " + cycle + " " + i, "es", "Ministerio de Justicia", 2020,
                new Channel("DEDICATED_TIP_LINE", "0800 555 " + String.format("%04d", i), List.of("FREE", "H24")));
    }
}
