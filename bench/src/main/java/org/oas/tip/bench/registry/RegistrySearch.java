package org.oas.tip.bench.registry;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oas.tip.bench.Args;
import org.oas.tip.bench.Http;
import org.oas.tip.bench.Json;
import org.oas.tip.bench.Stats;
import org.oas.tip.bench.Text;

/**
 * Latency of the registry's top-20 full-text search (GET /api/registry/v1/instruments/search?q=...&limit=20) for a
 * mix of rare, medium and common words, one request at a time over one keep-alive connection. The queries are
 * interleaved round by round, so each sees the same machine noise; accents are omitted as users type them.
 *
 * <pre>registry-search [baseUrl] [requestsPerQuery] [warmUpPerQuery] [targetP95Ms] [classes]</pre>
 *
 * {@code classes} narrows the mix, e.g. {@code rare,medium}; all three by default.
 */
public final class RegistrySearch {

    /** Word, and how often it occurs in bench/registry-search-data.sql's titles (its class). */
    private static final Map<String, String> QUERIES = new LinkedHashMap<>();

    static {
        for (String q : List.of("trata", "trafficking", "nacional", "victimas", "personas", "protocolo", "plan")) {
            QUERIES.put(q, "common");
        }
        for (String q : List.of("proteccion", "migrantes", "explotacion sexual", "servidumbre", "trabajo forzoso", "traite",
                "enfrentamento", "indigenas")) {
            QUERIES.put(q, "medium");
        }
        for (String q : List.of("paysandu", "tapachula", "huehuetenango", "madre de dios", "darien", "cap-haitien")) {
            QUERIES.put(q, "rare");
        }
    }

    private RegistrySearch() {
    }

    public static void run(Args args) throws Exception {
        String base = args.string(0, "http://localhost:8082");
        int n = args.integer(1, 50);
        int warmUp = args.integer(2, 5);
        double target = args.decimal(3, 20.0);
        List<String> classes = List.of(args.string(4, "common,medium,rare").split(","));
        Map<String, String> queries = new LinkedHashMap<>(QUERIES);
        queries.values().removeIf(c -> !classes.contains(c));
        HttpClient client = Http.client();
        List<String> words = new ArrayList<>(queries.keySet());
        List<HttpRequest> requests = words.stream().map(q -> HttpRequest.newBuilder(URI.create(base
                + "/api/registry/v1/instruments/search?limit=20&q=" + Text.enc(q)))
                .header("Accept", "application/json").timeout(Duration.ofSeconds(60)).build()).toList();

        int[] hits = new int[words.size()];
        for (int round = 0; round < warmUp; round++) {
            for (int q = 0; q < words.size(); q++) {
                hits[q] = hits(send(client, requests.get(q)).body());
            }
        }
        long[][] ns = new long[words.size()][n];
        for (int round = 0; round < n; round++) {
            for (int q = 0; q < words.size(); q++) {
                ns[q][round] = send(client, requests.get(q)).nanos();
            }
        }

        System.out.printf("%-20s %-7s %5s %9s %9s %9s%n", "query", "class", "hits", "p50 ms", "p95 ms", "max ms");
        Map<String, List<Long>> byClass = new LinkedHashMap<>();
        List<Long> all = new ArrayList<>();
        for (int q = 0; q < words.size(); q++) {
            String word = words.get(q);
            System.out.printf("%-20s %-7s %5d %9.2f %9.2f %9.2f%n", word, queries.get(word), hits[q], Stats.ms(ns[q], 50),
                    Stats.ms(ns[q], 95), Stats.ms(ns[q], 100));
            for (long t : ns[q]) {
                all.add(t);
                byClass.computeIfAbsent(queries.get(word), c -> new ArrayList<>()).add(t);
            }
        }
        System.out.printf("%n%d queries x %d requests (after %d warm-up rounds), sequential, one connection%n", words.size(), n, warmUp);
        byClass.forEach(RegistrySearch::summary);
        double p95 = summary("all", all);
        System.out.printf("%ntarget p95 <= %.0f ms: %s%n", target, p95 <= target ? "MET" : "MISSED");
    }

    private record Answer(long nanos, String body) {
    }

    private static Answer send(HttpClient client, HttpRequest request) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        long t = System.nanoTime() - t0;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return new Answer(t, response.body());
    }

    /** Every hit carries its rank. */
    private static int hits(String body) {
        return Json.tree(body).findValues("rank").size();
    }

    private static double summary(String label, List<Long> times) {
        long[] values = Stats.array(times);
        double p95 = Stats.ms(values, 95);
        System.out.printf("%-7s p50 %8.2f ms   p95 %8.2f ms   p99 %8.2f ms   (%d requests)%n", label, Stats.ms(values, 50), p95,
                Stats.ms(values, 99), values.length);
        return p95;
    }
}
