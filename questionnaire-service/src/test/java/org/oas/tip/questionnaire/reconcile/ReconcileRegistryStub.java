package org.oas.tip.questionnaire.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Stands in for the registry of issue 9: the member states, each country's inventory ({@code GET /instruments}, two
 * per page so that {@code next} is followed) and the bulk reconcile ({@code POST /cycle-publications}), which records
 * every body, answers per entry like the registry (idempotent by key) and can be told to refuse, to report conflicts,
 * or to fail with a status.
 */
public class ReconcileRegistryStub implements QuarkusTestResourceLifecycleManager {

    public static volatile ReconcileRegistryStub current;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PAGE = 2;

    /** One call as received. */
    public record Received(String path, String query, String authorization, String body, int answered, String requestId) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, List<JsonNode>> inventories = new ConcurrentHashMap<>();
    private final Map<String, String> stored = new ConcurrentHashMap<>();
    private final Map<String, String> refusals = new ConcurrentHashMap<>();
    private final Map<String, JsonNode> conflicts = new ConcurrentHashMap<>();
    private final Deque<Integer> failures = new ArrayDeque<>();
    private final Map<String, Boolean> down = new ConcurrentHashMap<>();
    private final AtomicLong nextId = new AtomicLong(9000);
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/registry/v1/countries", exchange -> answer(exchange, 200, "application/json",
                "[{\"iso3\":\"ARG\",\"active\":true},{\"iso3\":\"MEX\",\"active\":true},{\"iso3\":\"USA\",\"active\":true}]"));
        server.createContext("/api/registry/v1/instruments", this::inventory);
        server.createContext("/api/registry/v1/cycle-publications", this::publish);
        server.createContext("/api/registry/v1/instrument-rules", org.oas.tip.questionnaire.RulesFixture.handler());
        server.start();
        current = this;
        String url = "http://localhost:" + server.getAddress().getPort();
        return Map.of("quarkus.rest-client.registry.url", url, "%test.quarkus.rest-client.registry.url", url);
    }

    @Override
    public void stop() {
        server.stop(0);
        current = null;
    }

    public void inventory(String country, List<String> instruments) {
        inventories.put(country, instruments.stream().map(ReconcileRegistryStub::read).toList());
    }

    /** Inventory reads of this country answer 503 until told otherwise. */
    public void inventoryDown(String country, boolean isDown) {
        down.put(country, isDown);
    }

    /** Publications of this cycle and country get a 400 naming this field. */
    public void refuse(String cycleCountry, String field) {
        refusals.put(cycleCountry, field);
    }

    public void accept(String cycleCountry) {
        refusals.remove(cycleCountry);
    }

    /** The entry with this ref is a CONFLICT with these field conflicts, at this current revision. */
    public void conflict(String ref, long revision, String conflictsJson) {
        conflicts.put(ref, JSON.createObjectNode().put("revision", revision).set("conflicts", read(conflictsJson)));
    }

    public void resolved(String ref) {
        conflicts.remove(ref);
    }

    public synchronized void failNext(int... statuses) {
        for (int status : statuses) {
            failures.add(status);
        }
    }

    public List<Received> received(String pathPart) {
        return received.stream().filter(r -> r.path().contains(pathPart) || (r.body() != null && r.body().contains(pathPart))).toList();
    }

    /** The bodies of cycle publications whose key starts with this cycle. */
    public List<JsonNode> publications(String cycle) {
        return received.stream().filter(r -> r.path().endsWith("cycle-publications")).map(r -> read(r.body()))
                .filter(b -> b.path("cycle").asText().equals(cycle)).toList();
    }

    private void inventory(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        String country = query.get("country");
        received.add(new Received(exchange.getRequestURI().getPath(), exchange.getRequestURI().getRawQuery(),
                exchange.getRequestHeaders().getFirst("Authorization"), null, 200, exchange.getRequestHeaders().getFirst("X-Request-Id")));
        if (Boolean.TRUE.equals(down.get(country))) {
            answer(exchange, 503, "application/problem+json", "{\"status\":503,\"title\":\"Service Unavailable\"}");
            return;
        }
        List<JsonNode> all = inventories.getOrDefault(country, List.of());
        int from = query.get("cursor") == null ? 0 : Integer.parseInt(query.get("cursor"));
        int size = Math.min(PAGE, Integer.parseInt(query.getOrDefault("limit", "50")));
        ObjectNode page = JSON.createObjectNode();
        ArrayNode items = page.putArray("items");
        all.subList(Math.min(from, all.size()), Math.min(from + size, all.size())).forEach(items::add);
        if (from + size < all.size()) {
            page.put("next", String.valueOf(from + size));
        }
        answer(exchange, 200, "application/json", page.toString());
    }

    private void publish(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        JsonNode request = read(body);
        Integer failure;
        synchronized (this) {
            failure = failures.poll();
        }
        int status;
        String response;
        String key = request.path("key").asText();
        String refused = refusals.get(request.path("cycle").asText() + "/" + request.path("country").asText());
        if (failure != null) {
            status = failure;
            response = "{\"status\":" + failure + ",\"title\":\"Unavailable\",\"detail\":\"the registry is starting\"}";
        } else if (refused != null) {
            status = 400;
            response = "{\"status\":400,\"title\":\"Bad Request\",\"detail\":\"1 field is invalid\",\"violations\":"
                    + "[{\"field\":\"" + refused + "\",\"in\":\"body\",\"message\":\"must be a telephone number\"}]}";
        } else if (stored.containsKey(key)) {
            status = stored.get(key).startsWith(body + "\n") ? 200 : 422;
            response = status == 200 ? stored.get(key).substring(body.length() + 1)
                    : "{\"status\":422,\"title\":\"Unprocessable\",\"detail\":\"key used with another body\"}";
        } else {
            status = 200;
            response = results(request).toString();
            stored.put(key, body + "\n" + response);
        }
        received.add(new Received(exchange.getRequestURI().getPath(), null, exchange.getRequestHeaders().getFirst("Authorization"),
                body, status, exchange.getRequestHeaders().getFirst("X-Request-Id")));
        answer(exchange, status, status == 200 ? "application/json" : "application/problem+json", response);
    }

    private ObjectNode results(JsonNode request) {
        ObjectNode response = JSON.createObjectNode().put("key", request.path("key").asText())
                .put("cycle", request.path("cycle").asText()).put("country", request.path("country").asText());
        ArrayNode results = response.putArray("results");
        for (JsonNode entry : request.path("entries")) {
            ObjectNode result = results.addObject().put("ref", entry.path("ref").asText());
            JsonNode conflict = conflicts.get(entry.path("ref").asText());
            String action = entry.path("action").asText();
            long id = entry.has("registryId") ? entry.get("registryId").asLong() : nextId.incrementAndGet();
            int base = entry.path("baseRevision").asInt(0);
            result.put("registryId", id);
            if (conflict != null) {
                result.put("revision", conflict.get("revision").asLong()).put("outcome", "CONFLICT");
                result.set("conflicts", conflict.get("conflicts"));
                continue;
            }
            Map<String, String> outcomes = new HashMap<>(Map.of("CREATE", "CREATED", "UPDATE", "UPDATED", "CONFIRM", "CONFIRMED",
                    "END", "ENDED", "WITHDRAW", "WITHDRAWN"));
            result.put("revision", action.equals("CREATE") ? 1 : action.equals("CONFIRM") ? base : base + 1)
                    .put("outcome", outcomes.get(action));
        }
        return response;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return query;
    }

    static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
