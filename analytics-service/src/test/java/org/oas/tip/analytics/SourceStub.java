package org.oas.tip.analytics;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Stands in for the registry and the questionnaire service with a small cycle 2015-2018: ARG and MEX accepted, URY only
 * submitted; three laws over two instrument pages (ARG comprehensive law, MEX criminal code and RESTRICTED, URY
 * comprehensive law), one coded investigation strategy per country, and ARG's answers with three counts of detected
 * victims in 2017 (FEMALE adult sexual 120, MALE adult forced labour 30, FEMALE child sexual 3). The registry serves
 * its instruments only to a read filtered by {@code cycle=2015-2018}, as the real one serves what a cycle established.
 * {@code POST /stub/revision?to=1} revises the data: MEX's law becomes a comprehensive law. Every source call needs a
 * bearer token, as the real services do.
 */
public class SourceStub implements QuarkusTestResourceLifecycleManager {

    public static final String CYCLE = "2015-2018";

    /** ARG's answers: detected victims in 2017, nested in their section as the questionnaire service serves them. */
    static final String ARG_ANSWERS = "{\"stats\":{\"stats.detected_victims\":["
            + victims(2017, "FEMALE", "ADULT_18_PLUS", "SEXUAL", 120) + "," + victims(2017, "MALE", "ADULT_18_PLUS", "FORCED_LABOUR", 30)
            + "," + victims(2017, "FEMALE", "CHILD_0_17", "SEXUAL", 3) + "]}}";

    private HttpServer server;
    private volatile int revision;

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
        server.createContext("/api/registry/v1/instruments", exchange -> {
            String query = String.valueOf(exchange.getRequestURI().getQuery());
            String mexPath = revision == 0 ? "CRIMINAL_CODE" : "COMPREHENSIVE_LAW";
            // the registry's cycle filter: only what 2015-2018 established belongs to its snapshot
            String body = !query.contains("cycle=" + CYCLE) ? "{\"items\":[],\"next\":null}"
                    : query.contains("cursor=p2")
                    ? "{\"items\":[" + law(3, "URY", "COMPREHENSIVE_LAW", 2008) + "],\"next\":null}"
                    : "{\"items\":[" + law(1, "ARG", "COMPREHENSIVE_LAW", 2008) + "," + law(2, "MEX", mexPath, 2012)
                    + "],\"next\":\"p2\"}";
            authorized(exchange, body);
        });
        server.createContext("/api/registry/v1/countries", exchange -> authorized(exchange,
                "[{\"iso3\":\"ARG\",\"nameEn\":\"Argentina\",\"active\":true},{\"iso3\":\"MEX\",\"nameEn\":\"Mexico\",\"active\":true},"
                        + "{\"iso3\":\"URY\",\"nameEn\":\"Uruguay\",\"active\":true}]"));
        server.createContext("/api/questionnaire/v1/cycles/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            if (!path.startsWith("/api/questionnaire/v1/cycles/" + CYCLE + "/")) {
                String cycle = path.replace("/api/questionnaire/v1/cycles/", "").replaceAll("/.*", "");
                send(exchange, 404, "{\"title\":\"Not Found\",\"status\":404,\"detail\":\"Cycle " + cycle + " does not exist\"}");
            } else if (path.endsWith("/assignments")) {
                authorized(exchange, "[{\"cycle\":\"" + CYCLE + "\",\"country\":\"ARG\",\"status\":\"ACCEPTED\"},"
                        + "{\"cycle\":\"" + CYCLE + "\",\"country\":\"MEX\",\"status\":\"ACCEPTED\"},"
                        + "{\"cycle\":\"" + CYCLE + "\",\"country\":\"URY\",\"status\":\"SUBMITTED\"}]");
            } else if (path.matches(".*/assignments/[A-Z]{3}")) {
                String country = path.substring(path.length() - 3);
                authorized(exchange, "{\"cycle\":\"" + CYCLE + "\",\"country\":\"" + country + "\",\"status\":\"ACCEPTED\","
                        + "\"answers\":" + ("ARG".equals(country) ? ARG_ANSWERS : "{}") + "}");
            } else if (path.endsWith("/coded-answers")) {
                authorized(exchange, "[" + strategy(101, "ARG", "PROACTIVE") + "," + strategy(102, "MEX", "REACTIVE") + ","
                        + strategy(103, "URY", "DISRUPTIVE") + "]");
            } else {
                send(exchange, 404, null);
            }
        });
        server.start();
        return Map.of("source-stub.url", "http://localhost:" + server.getAddress().getPort());
    }

    private static String law(long id, String country, String legalPath, int year) {
        String confidentiality = "MEX".equals(country) ? "RESTRICTED" : "PUBLIC";
        return "{\"id\":" + id + ",\"country\":\"" + country + "\",\"kind\":\"LAW\",\"title\":\"Law " + id
                + "\",\"yearStart\":" + year + ",\"law\":{\"legalPath\":\"" + legalPath + "\"},\"confidentiality\":\""
                + confidentiality + "\"}";
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
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !auth.startsWith("Bearer ")) {
            send(exchange, 401, "{\"title\":\"Unauthorized\",\"status\":401}");
        } else {
            send(exchange, 200, body);
        }
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
