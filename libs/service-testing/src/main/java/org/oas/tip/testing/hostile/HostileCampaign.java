package org.oas.tip.testing.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import org.junit.jupiter.api.DynamicTest;
import org.oas.tip.testing.TestTokens;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generated bad-input campaign over a service's committed OpenAPI document: for every operation a fixed number of
 * hostile requests (a seeded sample across every kind {@link HostileInputs} knows), each from a caller who gets past
 * authentication (a role the operation names) or anonymous, with a current ETag where the operation takes If-Match.
 * Per response it asserts: no 5xx; every 4xx is {@code application/problem+json} with a {@code type} and a
 * {@code detail} naming no Java class; a refused request changed no data ({@link DataFingerprint} before and after);
 * and input no operation may accept (a NUL byte, a wrong JSON type, an unknown parameter...) is refused.
 * <p>
 * A service's {@code @QuarkusTest} returns {@link #tests()} from a {@code @TestFactory}: one dynamic test per
 * operation, then a summary (requests, 5xx, non-problem 4xx, p99 latency) also written to
 * {@code target/hostile-campaign.txt}. {@code -Dhostile.seed} and {@code -Dhostile.per-operation} change the sample.
 */
public final class HostileCampaign {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern JAVA_NAME = Pattern.compile(
            "\\b(java|javax|jakarta|io\\.quarkus|io\\.vertx|io\\.smallrye|io\\.netty|org\\.jboss|org\\.hibernate|com\\.fasterxml|org\\.postgresql|org\\.oas)\\.[a-z]"
                    + "|\\b[A-Z][A-Za-z]+(Exception|Error)\\b|\\$[A-Z][a-z]");
    private static final long DEFAULT_SEED = 20261206L;
    private static final int DEFAULT_PER_OPERATION = 60;

    private final String service;
    private final Path document;
    private final DataSource dataSource;
    private final Map<String, String> pathValues = new HashMap<>();
    private final Map<String, String> bodies = new HashMap<>();
    private final long seed = Long.getLong("hostile.seed", DEFAULT_SEED);
    private final int perOperation = Integer.getInteger("hostile.per-operation", DEFAULT_PER_OPERATION);

    private final List<Failure> failures = new ArrayList<>();
    private final List<Long> latencies = new ArrayList<>();
    private final Map<String, Integer> sentPerOperation = new LinkedHashMap<>();
    private final Map<String, Long> elapsed = new HashMap<>();
    private final Map<String, Long> slowest = new HashMap<>();
    private final Map<String, String> slowestCase = new HashMap<>();
    private int serverErrors;
    private int clientErrors;
    private int nonProblem;
    private int noRequestId;
    private int framing;
    private RawHttp http;
    private DataFingerprint fingerprint;

    /** What went wrong with one response, and why it counts. */
    public record Failure(String cause, String operation, String kind, String where, String caller, int status,
                          String contentType, String body) {
        String line() {
            return cause + " | " + operation + " | " + kind + " | " + where + " | " + caller + " | " + status + " "
                    + contentType + " | " + body;
        }
    }

    private HostileCampaign(String service, Path document, DataSource dataSource) {
        this.service = service;
        this.document = document;
        this.dataSource = dataSource;
    }

    /** A campaign over the committed document of the service whose tests run (src/main/openapi/openapi.yaml). */
    public static HostileCampaign of(String service, DataSource dataSource) {
        return new HostileCampaign(service, Path.of("src/main/openapi/openapi.yaml"), dataSource);
    }

    /** The sample value of a path parameter in every operation (an existing resource, so the input reaches the rules). */
    public HostileCampaign pathValue(String name, String value) {
        pathValues.put(name, value);
        return this;
    }

    /** The sample value of a path parameter in the operations under {@code pathPrefix} (e.g. "/api/x/v1/reports/"). */
    public HostileCampaign pathValue(String pathPrefix, String name, String value) {
        pathValues.put(pathPrefix + "#" + name, value);
        return this;
    }

    /** A body the operation accepts ("POST /api/x/v1/things"), mutated one value at a time; else derived from the schema. */
    public HostileCampaign body(String operation, String json) {
        bodies.put(operation, json);
        return this;
    }

    /** One dynamic test per operation of the document, then the summary. */
    public List<DynamicTest> tests() throws IOException {
        List<ApiOperation> operations = ApiOperation.read(document);
        http = new RawHttp("localhost", RestAssured.port, 30_000);
        fingerprint = new DataFingerprint(dataSource);
        List<DynamicTest> tests = new ArrayList<>();
        for (ApiOperation op : operations) {
            tests.add(DynamicTest.dynamicTest(op.key(), () -> run(op)));
        }
        tests.add(DynamicTest.dynamicTest("summary", this::summary));
        return tests;
    }

    private String pathValue(ApiOperation op, String name) {
        String best = null;
        int bestLength = -1;
        for (Map.Entry<String, String> e : pathValues.entrySet()) {
            int hash = e.getKey().indexOf('#');
            if (hash > 0 && e.getKey().substring(hash + 1).equals(name) && op.path().startsWith(e.getKey().substring(0, hash))
                    && hash > bestLength) {
                best = e.getValue();
                bestLength = hash;
            }
        }
        if (best != null) {
            return best;
        }
        if (pathValues.containsKey(name)) {
            return pathValues.get(name);
        }
        return op.parameters().stream().filter(p -> p.name().equals(name) && "integer".equals(op.resolve(p.schema()).path("type").asText()))
                .findAny().map(p -> "1").orElse("x");
    }

    private void run(ApiOperation op) throws IOException {
        long started = System.nanoTime();
        Random random = new Random(seed ^ op.key().hashCode());
        HostileInputs inputs = new HostileInputs(op, this::pathValue, bodies.get(op.key()));
        List<HostileCase> batch = sample(inputs.all(), random);
        List<Failure> own = new ArrayList<>();
        Map<String, String> before = fingerprint.read();
        String etag = null;
        for (HostileCase c : batch) {
            String caller = caller(op, random);
            List<RawHttp.Header> headers = new ArrayList<>(c.headers());
            String token = token(op, caller);
            if (token != null && c.headers().stream().noneMatch(h -> h.name().equals("Authorization"))) {
                headers.add(RawHttp.Header.of("Authorization", "Bearer " + token));
            }
            if (c.contentType() != null) {
                headers.add(RawHttp.Header.of("Content-Type", c.contentType()));
            }
            if (op.declaresHeader("If-Match")) {
                if (c.ifMatch() == null) {
                    if (etag == null) {
                        etag = currentEtag(op, inputs);
                    }
                    headers.add(RawHttp.Header.of("If-Match", etag));
                } else if (!c.ifMatch().isEmpty()) {
                    headers.add(new RawHttp.Header("If-Match", c.ifMatch().getBytes(StandardCharsets.UTF_8)));
                }
            }
            RawHttp.Response response;
            try {
                response = http.send(op.method(), c.target(), headers, c.body());
            } catch (IOException e) {
                own.add(new Failure("no response", op.key(), c.kind(), c.where(), caller, 0, "", String.valueOf(e.getMessage())));
                continue;
            }
            sentPerOperation.merge(op.key(), 1, Integer::sum);
            latencies.add(response.nanos());
            Map<String, String> after = fingerprint.read();
            check(op, c, caller, response, before, after, own);
            if (response.nanos() > slowest.getOrDefault(op.key(), 0L)) {
                slowest.put(op.key(), response.nanos());
                slowestCase.put(op.key(), c.kind() + " " + c.where());
            }
            if (response.status() == 202) {
                // accepted for later: the job's writes come after the answer, so wait until it has been quiet a while
                after = settle(after, 20, 300);
                etag = null;
            } else if (response.status() < 400 && !after.equals(before)) {
                after = settle(after, 2, 60);
                etag = null;
            }
            before = after;
        }
        failures.addAll(own);
        elapsed.put(op.key(), System.nanoTime() - started);
        assertTrue(own.isEmpty(), () -> own.size() + " of " + batch.size() + " hostile requests to " + op.key()
                + " broke the contract (seed " + seed + "):\n" + String.join("\n", own.stream().limit(25).map(Failure::line).toList()));
    }

    private void check(ApiOperation op, HostileCase c, String caller, RawHttp.Response response,
                       Map<String, String> before, Map<String, String> after, List<Failure> out) {
        int status = response.status();
        String type = String.valueOf(response.header("content-type"));
        String body = HostileCase.printable(response.body(), 300);
        if (status >= 500) {
            serverErrors++;
            out.add(new Failure("5xx", op.key(), c.kind(), c.where(), caller, status, type, body));
        }
        if (status >= 400 && status < 500) {
            clientErrors++;
            if (c.kind().equals(HostileInputs.FRAMING) && !type.startsWith("application/problem+json")) {
                framing++;
            } else if (!type.startsWith("application/problem+json")) {
                nonProblem++;
                out.add(new Failure("4xx not problem+json", op.key(), c.kind(), c.where(), caller, status, type, body));
            } else {
                problemShape(op, c, caller, response, out);
            }
            List<String> changed = DataFingerprint.diff(before, after);
            if (!changed.isEmpty()) {
                out.add(new Failure("refused but data changed", op.key(), c.kind(), c.where(), caller, status, type,
                        String.join("; ", changed)));
            }
        }
        if (status < 400 && c.mustRefuse()) {
            out.add(new Failure("hostile input accepted", op.key(), c.kind(), c.where() + " [" + c.targetText()
                    + (c.body() == null ? "" : " " + HostileCase.printable(c.body(), 120)) + "]", caller, status, type, body));
        }
    }

    private void problemShape(ApiOperation op, HostileCase c, String caller, RawHttp.Response response, List<Failure> out) {
        String type = response.header("content-type");
        String body = HostileCase.printable(response.body(), 300);
        JsonNode problem;
        try {
            problem = JSON.readTree(response.body());
        } catch (IOException e) {
            problem = null;
        }
        if (problem == null || !problem.isObject()) {
            out.add(new Failure("problem is not a JSON object", op.key(), c.kind(), c.where(), caller, response.status(), type, body));
            return;
        }
        if (problem.path("type").asText().isBlank()) {
            out.add(new Failure("problem without type", op.key(), c.kind(), c.where(), caller, response.status(), type, body));
        }
        if (problem.path("detail").asText().isBlank()) {
            out.add(new Failure("problem without detail", op.key(), c.kind(), c.where(), caller, response.status(), type, body));
        }
        if (!problem.hasNonNull("requestId")) {
            noRequestId++;
        }
        if (JAVA_NAME.matcher(problem.toString()).find()) {
            out.add(new Failure("problem names Java", op.key(), c.kind(), c.where(), caller, response.status(), type, body));
        }
    }

    private static String abbreviate(String s, int max) {
        return s.length() > max ? s.substring(0, max) + "..." : s;
    }

    /** After an accepted write, waits until background work it started (jobs, outboxes) leaves the data alone. */
    private Map<String, String> settle(Map<String, String> after, int quietReads, int maxReads) {
        Map<String, String> last = after;
        int quiet = 0;
        for (int i = 0; i < maxReads && quiet < quietReads; i++) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            Map<String, String> now = fingerprint.read();
            quiet = now.equals(last) ? quiet + 1 : 0;
            last = now;
        }
        return last;
    }

    private String currentEtag(ApiOperation op, HostileInputs inputs) throws IOException {
        String path = new String(inputs.target(Map.of(), List.of()), StandardCharsets.ISO_8859_1).split("\\?")[0];
        while (path.lastIndexOf('/') > 0) {
            RawHttp.Response r = http.send("GET", path.getBytes(StandardCharsets.ISO_8859_1),
                    List.of(RawHttp.Header.of("Authorization", "Bearer " + TestTokens.admin())), null);
            if (r.status() == 200 && r.header("etag") != null) {
                return r.header("etag");
            }
            path = path.substring(0, path.lastIndexOf('/'));
        }
        return "\"0\"";
    }

    /** Round-robin over the kinds, each shuffled, so a small batch still covers every kind. */
    private List<HostileCase> sample(Map<String, List<HostileCase>> byKind, Random random) {
        List<Iterator<HostileCase>> kinds = new ArrayList<>();
        for (List<HostileCase> cases : byKind.values()) {
            List<HostileCase> shuffled = new ArrayList<>(cases);
            Collections.shuffle(shuffled, random);
            kinds.add(shuffled.iterator());
        }
        List<HostileCase> out = new ArrayList<>();
        while (out.size() < perOperation && !kinds.isEmpty()) {
            for (Iterator<Iterator<HostileCase>> k = kinds.iterator(); k.hasNext() && out.size() < perOperation; ) {
                Iterator<HostileCase> it = k.next();
                if (it.hasNext()) {
                    out.add(it.next());
                } else {
                    k.remove();
                }
            }
        }
        return out;
    }

    /** A role the operation names (so the request gets past authentication), or anonymous one time in seven. */
    private String caller(ApiOperation op, Random random) {
        List<String> roles = op.roles().isEmpty() ? List.of("anonymous", "tip-admin", "tip-analyst") : op.roles();
        if (!op.roles().isEmpty() && random.nextInt(7) == 0) {
            return "anonymous";
        }
        return roles.get(random.nextInt(roles.size()));
    }

    private String token(ApiOperation op, String caller) {
        return switch (caller) {
            case "tip-admin" -> TestTokens.admin();
            case "tip-analyst" -> TestTokens.analyst();
            case "tip-publisher" -> TestTokens.publisher();
            case "focal-point" -> TestTokens.focalPoint(op.parameters().stream()
                    .filter(p -> p.in().equals("path") && (p.name().equals("country") || p.name().equals("iso3")))
                    .findFirst().map(p -> pathValue(op, p.name())).orElse("ARG"));
            case "anonymous" -> null;
            default -> TestTokens.noRole();
        };
    }

    private void summary() throws IOException {
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        int requests = sorted.size();
        double p50 = requests == 0 ? 0 : sorted.get(requests / 2) / 1e6;
        double p99 = requests == 0 ? 0 : sorted.get(Math.min(requests - 1, (int) Math.ceil(requests * 0.99) - 1)) / 1e6;
        double max = requests == 0 ? 0 : sorted.get(requests - 1) / 1e6;
        StringBuilder out = new StringBuilder();
        out.append(String.format("hostile campaign %s: seed %d, %d per operation, %d operations, %d requests;"
                        + " 5xx %d, 4xx %d of which not problem+json %d (and %d header framing refusals by the HTTP parser), problems without requestId %d;"
                        + " latency p50 %.1f ms, p99 %.1f ms, max %.1f ms; %d failures%n",
                service, seed, perOperation, sentPerOperation.size(), requests, serverErrors, clientErrors, nonProblem, framing,
                noRequestId, p50, p99, max, failures.size()));
        sentPerOperation.forEach((op, n) -> out.append(String.format("  sent %3d in %6.1f s, slowest %7.1f ms (%s)  %s%n", n,
                elapsed.getOrDefault(op, 0L) / 1e9, slowest.getOrDefault(op, 0L) / 1e6,
                abbreviate(slowestCase.getOrDefault(op, ""), 60), op)));
        Map<String, Map<String, List<Failure>>> grouped = new TreeMap<>();
        for (Failure f : failures) {
            grouped.computeIfAbsent(f.cause(), k -> new TreeMap<>()).computeIfAbsent(f.kind(), k -> new ArrayList<>()).add(f);
        }
        grouped.forEach((cause, byKind) -> {
            out.append("\n== ").append(cause).append(" (").append(byKind.values().stream().mapToInt(List::size).sum()).append(")\n");
            byKind.forEach((kind, list) -> {
                out.append("  -- ").append(kind).append(" (").append(list.size()).append(")\n");
                Map<String, List<Failure>> byOp = new TreeMap<>();
                list.forEach(f -> byOp.computeIfAbsent(f.operation() + " -> " + f.status(), k -> new ArrayList<>()).add(f));
                byOp.forEach((op, fs) -> out.append("     ").append(fs.size()).append("x ").append(op).append("  e.g. ")
                        .append(fs.get(0).where()).append(" as ").append(fs.get(0).caller()).append(": ")
                        .append(fs.get(0).contentType()).append(' ')
                        .append(fs.get(0).body().length() > 200 ? fs.get(0).body().substring(0, 200) : fs.get(0).body()).append('\n'));
            });
        });
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/hostile-campaign.txt"), out);
        System.out.println(out.toString().lines().limit(3 + sentPerOperation.size()).reduce("", (a, b) -> a + b + "\n"));
        assertTrue(failures.isEmpty(), failures.size() + " failures, grouped in target/hostile-campaign.txt");
    }
}
