import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication of one accepted response with {@code n} instruments to the registry, the two ways side by side in one
 * run, round by round so both see the same machine noise: the bulk reconcile ({@code POST /cycle-publications}, one
 * call, one transaction) and the per-instrument path the outbox used before ({@code n} sequential
 * {@code PUT /cycle-answers/{cycle}/{country}/{question}/{position}}). Each round uses a fresh cycle code, so every
 * instrument is created; a second bulk call with the same content (a replay after a crash) is timed too. Times are
 * until the registry has answered, i.e. until every instrument is committed and visible. Token: the questionnaire
 * service's client (role tip-publisher), from the local stack's Keycloak.
 *
 * <pre>java bench/RegistryReconcileBench.java [registryUrl] [rounds] [instruments] [keycloakRealmUrl]</pre>
 */
public class RegistryReconcileBench {

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8082";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        String realm = args.length > 3 ? args[3] : "http://localhost:8180/realms/oas-tip";
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String token = token(http, realm);
        String run = UUID.randomUUID().toString().substring(0, 6);
        long[] bulk = new long[rounds];
        long[] replay = new long[rounds];
        long[] single = new long[rounds];
        for (int r = -3; r < rounds; r++) { // three warm-up rounds
            String cycle = "bench-" + run + "-" + (r + 3);
            String body = publication(cycle, n);
            long t0 = System.nanoTime();
            expect(send(http, token, "POST", base + "/api/registry/v1/cycle-publications", body), 200);
            long t1 = System.nanoTime();
            expect(send(http, token, "POST", base + "/api/registry/v1/cycle-publications", body), 200);
            long t2 = System.nanoTime();
            String old = cycle + "-old";
            for (int i = 0; i < n; i++) {
                int status = send(http, token, "PUT", base + "/api/registry/v1/cycle-answers/" + old + "/ARG/E.channels/" + i,
                        instrument(old, i)).statusCode();
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
        print("bulk POST /cycle-publications (1 call)", bulk);
        print("same publication again (replay, no change)", replay);
        print("per-instrument PUT /cycle-answers (" + n + " calls)", single);
        System.out.printf("   median ratio per-instrument / bulk: %.1f x%n", median(single) / median(bulk));
    }

    static String publication(String cycle, int n) {
        StringBuilder entries = new StringBuilder();
        for (int i = 0; i < n; i++) {
            entries.append(i == 0 ? "" : ",").append("{\"ref\":\"E.channels[").append(i).append("]\",\"question\":\"E.channels\",")
                    .append("\"position\":").append(i).append(",\"action\":\"CREATE\",\"instrument\":").append(instrument(cycle, i))
                    .append('}');
        }
        return "{\"key\":\"" + cycle + "/ARG/1\",\"cycle\":\"" + cycle + "\",\"country\":\"ARG\",\"referenceDate\":\"2026-12-31\","
                + "\"amendment\":false,\"entries\":[" + entries + "]}";
    }

    static String instrument(String cycle, int i) {
        return "{\"country\":\"ARG\",\"kind\":\"REPORTING_CHANNEL\",\"title\":\"Linea " + cycle + " " + i + "\",\"language\":\"es\","
                + "\"institution\":\"Ministerio de Justicia\",\"yearStart\":2020,\"channel\":{\"type\":\"DEDICATED_TIP_LINE\","
                + "\"contact\":\"0800 555 " + String.format("%04d", i) + "\",\"features\":[\"FREE\",\"H24\"]}}";
    }

    static String token(HttpClient http, String realm) throws Exception {
        String form = "grant_type=client_credentials&client_id=questionnaire-service&client_secret="
                + URLEncoder.encode(System.getenv().getOrDefault("TIP_QUESTIONNAIRE_SERVICE_SECRET",
                "local-dev-secret-questionnaire-service"), StandardCharsets.UTF_8);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("no token from " + realm + ": " + r.statusCode());
        }
        return m.group(1);
    }

    static HttpResponse<String> send(HttpClient http, String token, String method, String url, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static void expect(HttpResponse<String> r, int status) {
        if (r.statusCode() != status) {
            throw new IllegalStateException(r.request().method() + " " + r.request().uri() + " answered " + r.statusCode() + ": "
                    + r.body().substring(0, Math.min(500, r.body().length())));
        }
    }

    static void print(String what, long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        System.out.printf("   %-50s p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms%n", what, pct(s, 50), pct(s, 95), s[s.length - 1] / 1e6);
    }

    static double median(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return pct(s, 50);
    }

    static double pct(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
