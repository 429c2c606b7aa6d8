package org.oas.tip.questionnaire.publication;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Stands in for the registry's publication endpoint (and its list of member states, which opening a cycle reads):
 * records every PUT, answers 201 then 200 per key like the registry's upsert, and can be told to fail or delay a cycle's
 * next calls, to refuse one key, or to go down altogether (connection refused) and come back on the same port.
 */
public class CycleAnswerRegistryStub implements QuarkusTestResourceLifecycleManager {

    private static final String PREFIX = "/api/registry/v1/cycle-answers/";
    /** The running stub, for the test to steer; test resources and tests share this JVM and class. */
    static volatile CycleAnswerRegistryStub current;

    /** One PUT as the stub received it: the key after the prefix ({@code cycle/country/question/position}). */
    record Received(String key, String authorization, String body, int answered) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Integer>> failures = new ConcurrentHashMap<>();
    private final Map<String, String> refusals = new ConcurrentHashMap<>();
    private final Map<String, Long> delays = new ConcurrentHashMap<>();
    private final Map<String, Long> ids = new ConcurrentHashMap<>();
    private final AtomicLong nextId = new AtomicLong(5000);
    private volatile HttpServer server;
    private int port;

    @Override
    public Map<String, String> start() {
        port = listen(0);
        current = this;
        String url = "http://localhost:" + port;
        // the registry rest client (member states and publication alike) talks to this stub in the publication tests
        return Map.of("quarkus.rest-client.registry.url", url, "%test.quarkus.rest-client.registry.url", url);
    }

    @Override
    public void stop() {
        down();
        current = null;
    }

    /** The next calls for this cycle answer these statuses, one each, before it answers normally again. */
    void failNext(String cycle, int... statuses) {
        Deque<Integer> queue = failures.computeIfAbsent(cycle, c -> new ArrayDeque<>());
        synchronized (queue) {
            for (int status : statuses) {
                queue.add(status);
            }
        }
    }

    /** The next call for this cycle is answered (normally) only after this long, as by an overloaded registry. */
    void slowNext(String cycle, long millis) {
        delays.put(cycle, millis);
    }

    /** Every call for this key ({@code cycle/country/question/position}) gets a 400 with this detail. */
    void refuse(String key, String detail) {
        refusals.put(key, detail);
    }

    /** Takes that key again, as a corrected registry would. */
    void accept(String key) {
        refusals.remove(key);
    }

    /** Stops listening: calls are refused at the TCP level. */
    void down() {
        HttpServer running = server;
        server = null;
        if (running != null) {
            running.stop(0);
        }
    }

    /** Listens again on the same port. */
    void up() {
        if (server == null) {
            listen(port);
        }
    }

    List<Received> received(String cycle) {
        return received.stream().filter(r -> r.key().startsWith(cycle + "/")).toList();
    }

    private int listen(int onPort) {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress("localhost", onPort), 0);
            http.createContext("/api/registry/v1/countries", exchange -> answer(exchange, 200, "application/json",
                    "[{\"iso3\":\"ARG\",\"active\":true},{\"iso3\":\"MEX\",\"active\":true},{\"iso3\":\"USA\",\"active\":true}]"));
            http.createContext(PREFIX, this::publish);
            http.createContext("/api/registry/v1/instrument-rules", org.oas.tip.questionnaire.RulesFixture.handler());
            // a slow answer must not hold up the next calls
            http.setExecutor(Executors.newCachedThreadPool());
            http.start();
            server = http;
            return http.getAddress().getPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void publish(HttpExchange exchange) throws IOException {
        String key = exchange.getRequestURI().getPath().substring(PREFIX.length());
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String cycle = key.substring(0, key.indexOf('/'));
        Integer failure = null;
        Deque<Integer> queue = failures.get(cycle);
        if (queue != null) {
            synchronized (queue) {
                failure = queue.poll();
            }
        }
        Long delay = delays.remove(cycle);
        if (delay != null) {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        int status;
        String response;
        String type = "application/problem+json";
        if (!"PUT".equals(exchange.getRequestMethod())) {
            status = 405;
            response = "{\"status\":405,\"title\":\"Method Not Allowed\"}";
        } else if (failure != null) {
            status = failure;
            response = "{\"status\":" + failure + ",\"title\":\"Service Unavailable\",\"detail\":\"the registry is starting\"}";
        } else if (refusals.containsKey(key)) {
            status = 400;
            response = "{\"status\":400,\"title\":\"Bad Request\",\"detail\":\"" + refusals.get(key) + "\",\"violations\":"
                    + "[{\"field\":\"channel.contact\",\"in\":\"body\",\"message\":\"size must be between 0 and 300\"}]}";
        } else {
            boolean created = !ids.containsKey(key);
            long id = ids.computeIfAbsent(key, k -> nextId.incrementAndGet());
            status = created ? 201 : 200;
            type = "application/json";
            response = "{\"id\":" + id + ",\"verified\":false,\"provenance\":{\"source\":\"CYCLE_ANSWER\"}}";
        }
        received.add(new Received(key, exchange.getRequestHeaders().getFirst("Authorization"), body, status));
        answer(exchange, status, type, response);
    }

    long idOf(String key) {
        return ids.get(key);
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
