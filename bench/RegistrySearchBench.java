import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Latency of the registry's top-20 full-text search (GET /api/registry/v1/instruments/search?q=...&limit=20) for a
 * mix of rare, medium and common words, one request at a time over one keep-alive connection. The queries are
 * interleaved round by round, so each sees the same machine noise; accents are omitted as users type them.
 *
 * <pre>java bench/RegistrySearchBench.java [baseUrl] [requestsPerQuery] [warmUpPerQuery] [targetP95Ms] [classes]</pre>
 *
 * {@code classes} narrows the mix, e.g. {@code rare,medium}; all three by default.
 */
public class RegistrySearchBench {

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

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8082";
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        double target = args.length > 3 ? Double.parseDouble(args[3]) : 20.0;
        List<String> classes = List.of((args.length > 4 ? args[4] : "common,medium,rare").split(","));
        QUERIES.values().removeIf(c -> !classes.contains(c));
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<String> words = new ArrayList<>(QUERIES.keySet());
        List<HttpRequest> requests = words.stream().map(q -> HttpRequest.newBuilder(URI.create(base
                + "/api/registry/v1/instruments/search?limit=20&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .header("Accept", "application/json").timeout(Duration.ofSeconds(60)).build()).toList();

        int[] hits = new int[words.size()];
        for (int round = 0; round < warmUp; round++) {
            for (int q = 0; q < words.size(); q++) {
                hits[q] = send(client, requests.get(q)).hits;
            }
        }
        long[][] ns = new long[words.size()][n];
        for (int round = 0; round < n; round++) {
            for (int q = 0; q < words.size(); q++) {
                ns[q][round] = send(client, requests.get(q)).nanos;
            }
        }

        System.out.printf("%-20s %-7s %5s %9s %9s %9s%n", "query", "class", "hits", "p50 ms", "p95 ms", "max ms");
        Map<String, List<Long>> byClass = new LinkedHashMap<>();
        List<Long> all = new ArrayList<>();
        for (int q = 0; q < words.size(); q++) {
            String word = words.get(q);
            System.out.printf("%-20s %-7s %5d %9.2f %9.2f %9.2f%n", word, QUERIES.get(word), hits[q], p(ns[q], 50), p(ns[q], 95), p(ns[q], 100));
            for (long t : ns[q]) {
                all.add(t);
                byClass.computeIfAbsent(QUERIES.get(word), c -> new ArrayList<>()).add(t);
            }
        }
        System.out.printf("%n%d queries x %d requests (after %d warm-up rounds), sequential, one connection%n", words.size(), n, warmUp);
        byClass.forEach((c, times) -> summary(c, times));
        double p95 = summary("all", all);
        System.out.printf("%ntarget p95 <= %.0f ms: %s%n", target, p95 <= target ? "MET" : "MISSED");
    }

    private record Answer(long nanos, int hits) {
    }

    private static Answer send(HttpClient client, HttpRequest request) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        long t = System.nanoTime() - t0;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        // every hit carries its rank once; counting them avoids a JSON library in a single-file program
        int hits = response.body().split("\"rank\"", -1).length - 1;
        return new Answer(t, hits);
    }

    private static double summary(String label, List<Long> times) {
        long[] values = times.stream().mapToLong(Long::longValue).toArray();
        double p95 = p(values, 95);
        System.out.printf("%-7s p50 %8.2f ms   p95 %8.2f ms   p99 %8.2f ms   (%d requests)%n", label, p(values, 50), p95, p(values, 99),
                values.length);
        return p95;
    }

    private static double p(long[] values, int percentile) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
