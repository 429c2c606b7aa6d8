package org.oas.tip.analytics;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Stands in for the registry and the questionnaire service with a small cycle 2015-2018: ARG and MEX accepted, URY only
 * submitted; three laws, one a line of the registry's JSON Lines read (ARG comprehensive law, MEX criminal code and RESTRICTED, URY
 * comprehensive law), each REPORTED by the cycle in its baseline revision 1 ({@code cycleEntry}), narrowed by the
 * registry's {@code country} filter, one coded investigation
 * strategy per country, and ARG's answers with three counts of detected victims in 2017 (FEMALE adult sexual 120, MALE
 * adult forced labour 30, FEMALE child sexual 3). The accepted answers come one country a page (ARG, then MEX after the
 * cursor {@link #ARG_CURSOR}); URY's never. The registry serves
 * its instruments only to a read filtered by {@code cycle=2015-2018}, as the real one serves what a cycle established.
 * {@code POST /stub/revision?to=1} revises the data: MEX's law becomes a comprehensive law. {@code to=2} makes changes NOT
 * attributed to 2015-2018, as later cycles, desk research and link checks do: the current versions differ (ARG's law is a
 * criminal code now, a new URY plan, a new ARG plan in 2023-2026), so every read but the {@code cycle=2015-2018} one answers
 * differently, and that one stays as in revision 0. {@code to=3}: the secretariat adjusted 2015-2018 (see
 * {@link #ADJUSTED}). {@code to=4}: as 0, but the registry breaks a read of 2015-2018 off after its first whole line (no last chunk, as
 * a registry that fails mid-read). Every instrument read's query is kept ({@link #instrumentQueries()}), and every questionnaire
 * read's path and query ({@link #questionnaireReads()}).
 * The cycle view of 2015-2018 gives its reference date, 2018-12-31; that of {@link #CYCLE2} none, as an older
 * questionnaire service. Every source call needs a bearer token, as the real services do.
 * <p>
 * A second cycle, {@link #CYCLE2}, answers the structured questionnaire (served from the questionnaire service's own
 * definition file): ARG and MEX accepted, both on one page of accepted answers, no registry instrument; see
 * {@link #ARG_ANSWERS_2} and {@link #MEX_ANSWERS_2}.
 * An analyst coded MEX's chair as ATTORNEY_GENERAL (coded answer 201), which overrides MEX's raw MINISTRY_INTERIOR.
 */
public class SourceStub implements QuarkusTestResourceLifecycleManager {

    public static final String CYCLE = "2015-2018";

    /** ARG's answers: detected victims in 2017, nested in their section as the questionnaire service serves them. */
    static final String ARG_ANSWERS = "{\"stats\":{\"stats.detected_victims\":["
            + victims(2017, "FEMALE", "ADULT_18_PLUS", "SEXUAL", 120) + "," + victims(2017, "MALE", "ADULT_18_PLUS", "FORCED_LABOUR", 30)
            + "," + victims(2017, "FEMALE", "CHILD_0_17", "SEXUAL", 3) + "]}}";

    public static final String CYCLE2 = "2023-2026";

    /** ARG's structured answers in the second cycle, with an instrument group (the authority) that must not count. */
    static final String ARG_ANSWERS_2 = """
            {"intro":{"intro.institution":"Ministerio","intro.reference_date":"2026-06-30"},
             "A":{"A.chair_type":"MINISTRY_SECURITY","A.chair_gender_entity":false,
                  "A.authority":{"A.authority.title":"Comité","A.authority.model":"SOLE","A.authority.chair_public_security":true}},
             "B":{"B.plan_transition":"NEW_PLAN_ADOPTED",
                  "B.plans":[{"B.plans.title":"Plan","B.plans.year_start":2015,"B.plans.year_end":2017}]},
             "C":{"C.flows":{"C.flows.types":["INTERNAL","INTER_REGIONAL"],"C.flows.description":"free text",
                  "C.flows.routes":[{"C.flows.routes.origin":"X","C.flows.routes.transport_modes":["LAND","AIR"]}]}},
             "D":{"D.strategies":["PROACTIVE","FINANCIAL"]},
             "G":{"G.women_vulnerable":true}}""";

    /** MEX's structured answers in the second cycle. */
    static final String MEX_ANSWERS_2 = """
            {"A":{"A.chair_type":"MINISTRY_INTERIOR"},"B":{"B.plan_transition":"NO_NEW_PLAN"},
             "D":{"D.strategies":["REACTIVE"]},"G":{"G.women_vulnerable":false}}""";

    static final Path DEFINITION = Path.of("../questionnaire-service/src/main/resources/baseline/questionnaire-structured.json");

    /** The reference date the stub's questionnaire service gives cycle 2015-2018. */
    public static final String REFERENCE_DATE = "2018-12-31";

    /** The cursor after ARG's page of 2015-2018's accepted answers (base64url of "ARG", as the questionnaire service's). */
    static final String ARG_CURSOR = "QVJH";


    /** Reasons of the secretariat in revision 3. */
    static final String CORRECTION_REASON = "MEX: the 2012 reform made the law comprehensive; the answer named the old text";
    static final String ATTACHMENT_REASON = "ARG: the 2016 plan, published in the official gazette, was left out of the answer";
    static final String URY_REASON = "URY: desk research";

    /**
     * Revision 3, the secretariat's adjustments to 2015-2018: ARG's law 1 in revision 2, an AMENDMENT of the cycle's answers;
     * MEX's law 2 CORRECTED to revision 2 (a comprehensive law; it had revision 1), RESTRICTED as before; URY's law 3 as
     * reported; ARG's plan 12 (2016-2020) and URY's plan 13 ATTACHED. By reason: REPORTED 2, CORRECTED 1, ATTACHED 2.
     */
    static final List<String> ADJUSTED = List.of(law(1, "ARG", "COMPREHENSIVE_LAW", 2008, entry("REPORTED", 2, "AMENDMENT", null, null)),
            law(2, "MEX", "COMPREHENSIVE_LAW", 2012, entry("CORRECTED", 2, "DIRECT_ENTRY", 1, CORRECTION_REASON)),
            law(3, "URY", "COMPREHENSIVE_LAW", 2008, baseline()),
            plan(12, "ARG", 2016, 2020, entry("ATTACHED", 1, "DIRECT_ENTRY", null, ATTACHMENT_REASON)),
            plan(13, "URY", 2016, 2020, entry("ATTACHED", 1, "DIRECT_ENTRY", null, URY_REASON)));

    private static final Queue<String> INSTRUMENT_QUERIES = new ConcurrentLinkedQueue<>();
    private static final Queue<String> QUESTIONNAIRE_READS = new ConcurrentLinkedQueue<>();
    private static final Queue<String> REQUEST_IDS = new ConcurrentLinkedQueue<>();

    private HttpServer server;
    private volatile int revision;

    /** The query string of every instrument read the registry stub answered, oldest first. */
    static List<String> instrumentQueries() {
        return List.copyOf(INSTRUMENT_QUERIES);
    }

    /** The path and query ({@code path?query}) of every questionnaire read the stub answered, oldest first. */
    static List<String> questionnaireReads() {
        return List.copyOf(QUESTIONNAIRE_READS);
    }

    /** The X-Request-Id of every source read the stub answered ("none" for a read without one), oldest first. */
    static List<String> requestIds() {
        return List.copyOf(REQUEST_IDS);
    }

    /** Forgets the instrument and questionnaire reads seen so far. */
    static void forgetQueries() {
        INSTRUMENT_QUERIES.clear();
        QUESTIONNAIRE_READS.clear();
        REQUEST_IDS.clear();
    }

    /**
     * The instruments the registry's read gives in the stub's revision: the cycle filter gives only what that cycle
     * established; from revision 2 on, the current versions and other cycles hold more, none of it attributed to 2015-2018.
     */
    private List<String> instruments(String query) {
        String mexPath = revision == 1 ? "COMPREHENSIVE_LAW" : "CRIMINAL_CODE";
        if (revision == 3 && query.contains("cycle=" + CYCLE)) {
            return ADJUSTED;
        } else if (query.contains("cycle=" + CYCLE)) {
            return List.of(law(1, "ARG", "COMPREHENSIVE_LAW", 2008, baseline()), law(2, "MEX", mexPath, 2012, baseline()),
                    law(3, "URY", "COMPREHENSIVE_LAW", 2008, baseline()));
        } else if (revision == 2 && query.contains("cycle=" + CYCLE2)) {
            return List.of(plan(11, "ARG", 2024, 2028, entry("REPORTED", 1, "CYCLE", null, null)));
        } else if (revision == 2 && !query.contains("cycle=")) {
            return List.of(law(1, "ARG", "CRIMINAL_CODE", 2008), law(2, "MEX", mexPath, 2012), law(3, "URY", "COMPREHENSIVE_LAW", 2008),
                    plan(10, "URY", 2016, 2020, null), plan(11, "ARG", 2024, 2028, null));
        }
        return List.of();
    }

    /** {@code items} (instrument documents) as the registry's filter {@code country} (repeated) narrows them, if the query has one. */
    private static List<String> narrowed(String query, List<String> items) {
        List<String> countries = java.util.Arrays.stream(query.split("&")).filter(p -> p.startsWith("country="))
                .map(p -> p.substring("country=".length())).toList();
        return items.stream()
                .filter(item -> countries.isEmpty() || countries.stream().anyMatch(c -> item.contains("\"country\":\"" + c + "\"")))
                .toList();
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/stub/revision", exchange -> {
            revision = Integer.parseInt(exchange.getRequestURI().getQuery().replace("to=", ""));
            send(exchange, 204, null);
        });
        server.createContext("/api/registry/v1/instruments/export.ndjson", exchange -> {
            String query = String.valueOf(exchange.getRequestURI().getQuery());
            INSTRUMENT_QUERIES.add(query);
            List<String> items = narrowed(query, instruments(query));
            // revision 4: the registry fails after writing a whole line, and breaks the response off (no last chunk; the
            // JDK's server leaves such a connection open until the client's read timeout, 5 s in tests: the registry
            // closes it at once)
            boolean breakOff = revision == 4 && query.contains("cycle=" + CYCLE);
            if (authorized(exchange)) {
                exchange.getResponseHeaders().add("Content-Type", "application/x-ndjson");
                exchange.sendResponseHeaders(200, 0);
                OutputStream out = exchange.getResponseBody();
                for (int i = 0; i < items.size(); i++) {
                    if (breakOff && i == 1) {
                        out.flush();
                        throw new IllegalStateException("the stub breaks the read off");
                    }
                    out.write((items.get(i) + "\n").getBytes(StandardCharsets.UTF_8));
                }
                out.close();
            }
        });
        server.createContext("/api/registry/v1/countries", exchange -> authorized(exchange,
                "[{\"iso3\":\"ARG\",\"nameEn\":\"Argentina\",\"active\":true},{\"iso3\":\"MEX\",\"nameEn\":\"Mexico\",\"active\":true},"
                        + "{\"iso3\":\"URY\",\"nameEn\":\"Uruguay\",\"active\":true}]"));
        server.createContext("/api/questionnaire/v1/questionnaires/oas-tip-structured/versions/1",
                exchange -> authorized(exchange, Files.readString(DEFINITION)));
        server.createContext("/api/questionnaire/v1/cycles/" + CYCLE2 + "/", exchange -> {
            String path = read(exchange);
            if (path.endsWith("/accepted-answers")) {
                authorized(exchange, "{\"items\":[" + accepted("ARG", "\"oas-tip-structured\"", "\"1\"", ARG_ANSWERS_2) + ","
                        + accepted("MEX", "\"oas-tip-structured\"", "\"1\"", MEX_ANSWERS_2) + "],\"next\":null}");
            } else if (path.endsWith("/coded-answers")) {
                authorized(exchange, "[{\"id\":201,\"country\":\"MEX\",\"linkId\":\"A.chair_type\",\"repeatIndex\":null,"
                        + "\"value\":\"ATTORNEY_GENERAL\",\"source\":\"stub\",\"codedBy\":\"analyst\"}]");
            } else {
                send(exchange, 404, null);
            }
        });
        server.createContext("/api/questionnaire/v1/cycles/", exchange -> {
            String path = read(exchange);
            if (path.equals("/api/questionnaire/v1/cycles/" + CYCLE)) {
                authorized(exchange, "{\"code\":\"" + CYCLE + "\",\"title\":\"stub\",\"referenceDate\":\"" + REFERENCE_DATE + "\"}");
            } else if (path.equals("/api/questionnaire/v1/cycles/" + CYCLE2)) {
                authorized(exchange, "{\"code\":\"" + CYCLE2 + "\",\"title\":\"stub, no reference date\"}");
            } else if (!path.startsWith("/api/questionnaire/v1/cycles/" + CYCLE + "/")) {
                String cycle = path.replace("/api/questionnaire/v1/cycles/", "").replaceAll("/.*", "");
                send(exchange, 404, "{\"title\":\"Not Found\",\"status\":404,\"detail\":\"Cycle " + cycle + " does not exist\"}");
            } else if (path.endsWith("/accepted-answers")) {
                // one country a page, whatever the limit: the client must follow the cursor (URY only SUBMITTED: never)
                String query = String.valueOf(exchange.getRequestURI().getQuery());
                authorized(exchange, query.contains("cursor=" + ARG_CURSOR)
                        ? "{\"items\":[" + accepted("MEX", "null", "null", "{}") + "],\"next\":null}"
                        : "{\"items\":[" + accepted("ARG", "null", "null", ARG_ANSWERS) + "],\"next\":\"" + ARG_CURSOR + "\"}");
            } else if (path.endsWith("/coded-answers")) {
                authorized(exchange, "[" + strategy(101, "ARG", "PROACTIVE") + "," + strategy(102, "MEX", "REACTIVE") + ","
                        + strategy(103, "URY", "DISRUPTIVE") + "]");
            } else {
                send(exchange, 404, null);
            }
        });
        // a thread per exchange: the snapshot reads the instruments in two streams at once, and one that the stub breaks off
        // must not hold up the other
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        return Map.of("source-stub.url", "http://localhost:" + server.getAddress().getPort());
    }

    private static String law(long id, String country, String legalPath, int year) {
        return law(id, country, legalPath, year, null);
    }

    /** A law; {@code cycleEntry} (JSON, or null for none) as the registry gives it on a cycle read. */
    private static String law(long id, String country, String legalPath, int year, String cycleEntry) {
        String confidentiality = "MEX".equals(country) ? "RESTRICTED" : "PUBLIC";
        return "{\"id\":" + id + ",\"country\":\"" + country + "\",\"kind\":\"LAW\",\"title\":\"Law " + id
                + "\",\"yearStart\":" + year + ",\"law\":{\"legalPath\":\"" + legalPath + "\"},\"confidentiality\":\""
                + confidentiality + "\"" + (cycleEntry == null ? "" : ",\"cycleEntry\":" + cycleEntry) + "}";
    }

    private static String plan(long id, String country, int start, int end, String cycleEntry) {
        return "{\"id\":" + id + ",\"country\":\"" + country + "\",\"kind\":\"PLAN\",\"title\":\"Plan " + id
                + "\",\"yearStart\":" + start + ",\"yearEnd\":" + end + ",\"status\":\"IN_FORCE\",\"plan\":{\"planType\":"
                + "\"PLAN_OF_ACTION\"},\"confidentiality\":\"PUBLIC\""
                + (cycleEntry == null ? "" : ",\"cycleEntry\":" + cycleEntry) + "}";
    }

    /** A registry cycle entry, with the fields the analytics does not keep (recordedAt, attachedBy) as the registry sends them. */
    private static String entry(String action, int revision, String origin, Integer previousRevision, String reason) {
        return "{\"action\":\"" + action + "\",\"revision\":" + revision + ",\"origin\":\"" + origin + "\",\"previousRevision\":"
                + previousRevision + ",\"reason\":" + (reason == null ? "null" : "\"" + reason + "\"")
                + ",\"recordedAt\":\"2026-12-01T10:00:00Z\",\"attachedBy\":" + (reason == null ? "null" : "\"secretariat\"") + "}";
    }

    /** What 2015-2018 holds of a baseline record: reported in revision 1. */
    private static String baseline() {
        return entry("REPORTED", 1, "BASELINE", null, null);
    }

    /** One item of a page of accepted answers ({@code questionnaire} and {@code version} as JSON). */
    private static String accepted(String country, String questionnaire, String version, String answers) {
        return "{\"country\":\"" + country + "\",\"status\":\"ACCEPTED\",\"questionnaire\":" + questionnaire
                + ",\"questionnaireVersion\":" + version + ",\"acceptedAt\":\"2026-11-30T12:00:00.123456-03:00\",\"answers\":" + answers + "}";
    }

    /** Keeps the read ({@code path?query}) and gives its path. */
    private static String read(HttpExchange exchange) {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getQuery();
        QUESTIONNAIRE_READS.add(query == null ? path : path + "?" + query);
        return path;
    }

    private static String victims(int year, String sex, String age, String form, int count) {
        String p = "\"stats.detected_victims.";
        return "{" + p + "year\":" + year + "," + p + "sex\":\"" + sex + "\"," + p + "age_group\":\"" + age + "\"," + p
                + "exploitation\":\"" + form + "\"," + p + "count\":" + count + "}";
    }

    private static String strategy(long id, String country, String value) {
        return "{\"id\":" + id + ",\"country\":\"" + country + "\",\"linkId\":\"D.strategies\",\"repeatIndex\":0,\"value\":\""
                + value + "\",\"source\":\"stub\",\"codedBy\":\"analyst\"}";
    }

    private static void authorized(HttpExchange exchange, String body) throws IOException {
        if (authorized(exchange)) {
            send(exchange, 200, body);
        }
    }

    /** Keeps the request id; true with a bearer token, else answers 401 and false. */
    private static boolean authorized(HttpExchange exchange) throws IOException {
        String requestId = exchange.getRequestHeaders().getFirst("X-Request-Id");
        REQUEST_IDS.add(requestId == null ? "none" : requestId);
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !auth.startsWith("Bearer ")) {
            send(exchange, 401, "{\"title\":\"Unauthorized\",\"status\":401}");
            return false;
        }
        return true;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        if (body == null) {
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
            return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", status == 200 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
