package org.oas.tip.bench.questionnaire;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.oas.tip.bench.ApiClient;
import org.oas.tip.bench.Http;
import org.oas.tip.bench.Json;
import org.oas.tip.bench.Stack;
import org.oas.tip.bench.Text;

/**
 * What the questionnaire benchmarks ask of the services, directly (questionnaire-service and registry-service, not
 * through the gateway, whose rate limit of 600 requests/min per client would throttle the load). Token: the Keycloak
 * client questionnaire-service (realm role tip-admin, the secretariat), which may act on behalf of any country: the realm
 * only has focal-point tools for ARG, MEX and USA, so the secretariat's token stands in for the 34 countries' focal points.
 */
public final class QuestionnaireApi {

    public static final String QUESTIONNAIRE = "oas-tip-structured";

    private final Stack stack;
    private final HttpClient http = Http.client(Duration.ofSeconds(2));
    private final ApiClient api;

    public QuestionnaireApi(Stack stack) {
        this.stack = stack;
        this.api = new ApiClient(http, stack.secretariat(), Duration.ofSeconds(30));
    }

    public static QuestionnaireApi fromEnvironment() {
        return new QuestionnaireApi(Stack.fromEnvironment());
    }

    public Stack stack() {
        return stack;
    }

    public ApiClient.Response send(String method, String url, String body, String... headers) throws IOException, InterruptedException {
        return api.send(method, url, body, headers);
    }

    public ApiClient.Response get(String url) throws IOException, InterruptedException {
        return api.get(url);
    }

    /** The questionnaire API's URL of that path. */
    public String url(String path) {
        return stack.questionnaireApi() + path;
    }

    public String assignment(String cycle, String country) {
        return url("/cycles/" + cycle + "/assignments/" + country);
    }

    public String openCycle(String prefix) throws Exception {
        return openCycle(prefix, "1", LocalDate.now(ZoneOffset.UTC).plusDays(180));
    }

    /** A new cycle over {@link #QUESTIONNAIRE} in that version, assigned to every active member state; its code. */
    public String openCycle(String prefix, String version, LocalDate referenceDate) throws Exception {
        String code = prefix + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-"
                + UUID.randomUUID().toString().substring(0, 4);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Map<String, String> cycle = new LinkedHashMap<>();
        cycle.put("code", code);
        cycle.put("title", "Benchmark cycle " + code);
        cycle.put("opensOn", today.toString());
        cycle.put("deadline", today.plusDays(180).toString());
        cycle.put("referenceDate", referenceDate.toString());
        cycle.put("questionnaire", QUESTIONNAIRE);
        cycle.put("questionnaireVersion", version);
        send("POST", url("/cycles"), Json.write(cycle), "Content-Type", "application/json").expect(201);
        return code;
    }

    /** The countries the cycle is assigned to, in the service's order. */
    public List<String> countries(String cycle) throws Exception {
        List<String> countries = new ArrayList<>();
        for (JsonNode a : assignments(cycle)) {
            countries.add(a.path("country").asText());
        }
        return countries;
    }

    public JsonNode assignments(String cycle) throws Exception {
        return get(url("/cycles/" + cycle + "/assignments")).expect(200).json();
    }

    /** The cycle's publications to the registry, of one country or (null) all. */
    public List<Publication> publications(String cycle, String country) throws Exception {
        String url = url("/publications?cycle=" + Text.enc(cycle) + (country == null ? "" : "&country=" + country));
        return Json.read(get(url).expect(200).body(), new TypeReference<List<Publication>>() { });
    }

    /** The registry's instruments of the country published from the cycle's answers (every page). */
    public List<JsonNode> registryInstruments(String country, String cycle) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode i : registryInstruments("country=" + country)) {
            JsonNode p = i.path("provenance");
            if ("CYCLE_ANSWER".equals(p.path("source").asText()) && cycle.equals(p.path("cycle").asText())) {
                found.add(i);
            }
        }
        return found;
    }

    /** Every page of the registry's instrument list with that filter. */
    public List<JsonNode> registryInstruments(String filter) throws Exception {
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = get(stack.registry() + "/api/registry/v1/instruments?limit=500&" + filter
                    + (cursor == null ? "" : "&cursor=" + Text.enc(cursor))).expect(200).json();
            page.path("items").forEach(items::add);
            cursor = page.path("next").isTextual() ? page.path("next").asText() : null;
        } while (cursor != null);
        return items;
    }

    /** Whether the service at that base URL says it is ready (no token). */
    public boolean ready(String base) throws InterruptedException {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).timeout(Duration.ofSeconds(2))
                    .build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    public void awaitReady(String base, Duration max) throws Exception {
        long until = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < until) {
            if (ready(base)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(base + " not ready after " + max);
    }
}
