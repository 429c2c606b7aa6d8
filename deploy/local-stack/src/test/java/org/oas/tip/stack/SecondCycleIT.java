package org.oas.tip.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A second reporting cycle on the real stack, as its users live it: the secretariat opens a cycle on the structured
 * questionnaire (version 2), every assignment arrives pre-filled with the country's registry inventory, Argentina and
 * Mexico answer through their tools, Chile, Colombia and Peru through the secretariat; between them they confirm
 * baseline instruments, update a plan, add a hotline, end a plan and withdraw an entry, and the secretariat accepts.
 * Afterwards every re-reported instrument exists once with both cycles in its provenance, and the 2015-2018 figures
 * are exactly what they were before the second cycle.
 */
@ExtendWith(RunningStack.class)
class SecondCycleIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The groups of the structured questionnaire whose entries are registry instruments. */
    private static final Set<String> INSTRUMENT_GROUPS = Set.of("A.authority", "A.websites", "A.other_bodies", "B.laws",
            "B.policies", "B.plans", "C.diagnostics", "D.units", "D.protocols", "E.channels", "E.programmes", "E.protocols",
            "E.shelters", "F.systems", "F.reports");

    private final String admin = RunningStack.userToken("admin");
    private final String analyst = RunningStack.clientToken("oas-system", "local-dev-secret-oas-system");

    @Test
    void aSecondCycleReReportsTheInventoryWithoutDuplicatesAndThePastStaysAsItWas() throws IOException {
        Map<String, Object> before = figures(snapshot("2015-2018"));
        Map<String, List<Map<String, Object>>> inventory = new LinkedHashMap<>();
        for (String country : List.of("ARG", "MEX", "CHL", "COL", "PER")) {
            inventory.put(country, instruments(country));
        }

        String cycle = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(admin).contentType("application/json")
                .body("{\"code\":\"" + cycle + "\",\"title\":\"Second cycle\",\"opensOn\":\"" + LocalDate.now() + "\","
                        + "\"deadline\":\"2099-12-31\",\"referenceDate\":\"2026-12-31\",\"questionnaire\":\"oas-tip-structured\",\"questionnaireVersion\":\"2\"}")
                .when().post("/api/questionnaire/v1/cycles").then().statusCode(201);

        String arg = RunningStack.clientToken("tool-arg", "local-dev-secret-arg");
        String mex = RunningStack.clientToken("tool-mex", "local-dev-secret-mex");

        // Argentina confirms its inventory and adds a second dedicated line
        ObjectNode argDoc = completed(cycle, "ARG", arg);
        entries(argDoc, "E", "E.channels").addObject().put("E.channels.title", "Línea 0800 Trata " + cycle)
                .put("E.channels.type", "DEDICATED_TIP_LINE").put("E.channels.contact", "0800 222 1717");
        submit(cycle, "ARG", arg, argDoc);

        // Mexico updates its national programme: prolonged to 2024, with its link
        ObjectNode mexDoc = completed(cycle, "MEX", mex);
        ObjectNode mexPlan = only(entries(mexDoc, "B", "B.plans"), e -> e.has("B.plans.registry_id"));
        long mexPlanId = mexPlan.get("B.plans.registry_id").asLong();
        mexPlan.put("B.plans.year_end", 2024).put("B.plans.link", "https://www.gob.mx/programa-trata");
        submit(cycle, "MEX", mex, mexDoc);

        // Chile's plan 2015-2018 has ended; the secretariat answers on Chile's behalf
        ObjectNode chlDoc = completed(cycle, "CHL", admin);
        ObjectNode chlPlan = only(entries(chlDoc, "B", "B.plans"), e -> e.has("B.plans.registry_id"));
        long chlPlanId = chlPlan.get("B.plans.registry_id").asLong();
        chlPlan.put("B.plans.action", "END").put("B.plans.status", "ENDED").put("B.plans.status_date", "2018-12-31");
        submit(cycle, "CHL", admin, chlDoc);

        // Colombia confirms everything as it was
        submit(cycle, "COL", admin, completed(cycle, "COL", admin));

        // Peru's 2011-2016 plan was reported in error: withdrawn
        ObjectNode perDoc = completed(cycle, "PER", admin);
        ObjectNode perPlan = only(entries(perDoc, "B", "B.plans"), e -> e.path("B.plans.year_start").asInt() == 2011);
        long perPlanId = perPlan.get("B.plans.registry_id").asLong();
        perPlan.put("B.plans.action", "WITHDRAW").put("B.plans.withdrawal_reason", "Reported in error: replaced by the 2015 policy");
        submit(cycle, "PER", admin, perDoc);

        for (String country : inventory.keySet()) {
            accept(cycle, country);
        }
        awaitPublished(cycle, inventory.size());

        // every re-reported instrument exists once, with both cycles in its provenance
        for (var e : inventory.entrySet()) {
            List<Map<String, Object>> now = instruments(e.getKey());
            for (Map<String, Object> old : e.getValue()) {
                long id = ((Number) old.get("id")).longValue();
                if (id == perPlanId) {
                    continue;
                }
                Predicate<Map<String, Object>> same = i -> i.get("kind").equals(old.get("kind")) && i.get("title").equals(old.get("title"));
                // as many as before (the baseline holds a few same-titled records of one country, e.g. Peru's shelters)
                assertEquals(e.getValue().stream().filter(same).count(), now.stream().filter(same).count(),
                        e.getKey() + " " + old.get("title") + " was not duplicated");
                assertTrue(now.stream().anyMatch(i -> ((Number) i.get("id")).longValue() == id), "instrument " + id + " kept its id");
                List<String> cycles = given().auth().oauth2(admin).when().get("/api/registry/v1/instruments/" + id)
                        .then().statusCode(200).extract().jsonPath().getList("provenance.cycles.cycle");
                assertTrue(cycles.contains("2015-2018") && cycles.contains(cycle),
                        e.getKey() + " instrument " + id + " lists both cycles: " + cycles);
            }
        }
        // the update is a second version of the same plan; the end and the withdrawal are statuses
        given().auth().oauth2(admin).when().get("/api/registry/v1/instruments/" + mexPlanId).then().statusCode(200)
                .body("yearEnd", equalTo(2024)).body("revision", equalTo(2));
        given().auth().oauth2(admin).when().get("/api/registry/v1/instruments/" + mexPlanId + "/versions").then().statusCode(200)
                .body("size()", equalTo(2)).body("[0].instrument.yearEnd", equalTo(2018)).body("[1].cycle", equalTo(cycle));
        given().when().get("/api/registry/v1/instruments/" + chlPlanId).then().statusCode(200)
                .body("status", equalTo("ENDED")).body("statusDate", equalTo("2018-12-31"));
        given().auth().oauth2(admin).when().get("/api/registry/v1/instruments/" + perPlanId).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        given().when().get("/api/registry/v1/instruments/" + perPlanId).then().statusCode(404);
        // the added line is new, reported by the second cycle only
        List<Map<String, Object>> added = instruments("ARG").stream()
                .filter(i -> String.valueOf(i.get("title")).endsWith(cycle)).toList();
        assertEquals(1, added.size(), "Argentina's new line is in the registry once");
        assertEquals(List.of(cycle), JSON.convertValue(added.get(0).get("provenance"), JsonNode.class).findValuesAsText("cycle")
                .stream().distinct().toList());

        assertEquals(before, figures(snapshot("2015-2018")), "the 2015-2018 figures did not move");
    }

    /** The pre-filled assignment completed with the sample's answers to every item that is not an instrument. */
    private ObjectNode completed(String cycle, String country, String token) throws IOException {
        JsonNode prefilled = JSON.readTree(given().auth().oauth2(token).when().get(assignment(cycle, country))
                .then().statusCode(200).extract().asString()).get("answers");
        assertTrue(prefilled.path("B").has("B.laws"), country + "'s law is pre-filled from the registry: " + prefilled);
        ObjectNode sample = (ObjectNode) JSON.readTree(Files.readString(Path.of(System.getProperty("tip.repo"))
                .resolve("questionnaire-service/src/test/resources/structured-sample.json")));
        ObjectNode doc = prefilled.deepCopy();
        sample.fields().forEachRemaining(section -> {
            ObjectNode target = doc.has(section.getKey()) ? (ObjectNode) doc.get(section.getKey()) : doc.putObject(section.getKey());
            section.getValue().fields().forEachRemaining(item -> {
                if (!INSTRUMENT_GROUPS.contains(item.getKey())) {
                    target.set(item.getKey(), item.getValue());
                } else if (!target.has(item.getKey())) {
                    target.set(item.getKey(), item.getValue()); // nothing of that kind in the registry: a new entry
                }
            });
        });
        // the structured questionnaire asks more of the national authority than the 2015-2018 report recorded
        ObjectNode authority = (ObjectNode) doc.get("A").get("A.authority");
        sample.get("A").get("A.authority").fields().forEachRemaining(f -> {
            if (!authority.hasNonNull(f.getKey())) {
                authority.set(f.getKey(), f.getValue());
            }
        });
        return answerWhatIsAsked(cycle, country, token, doc);
    }

    /**
     * As a tool does: asks the dry-run validation what is still missing and answers it (the structured questionnaire
     * asks more of each instrument than the 2015-2018 report recorded, e.g. a protocol's year or a system's design).
     */
    private ObjectNode answerWhatIsAsked(String cycle, String country, String token, ObjectNode doc) throws IOException {
        JsonNode items = items(JSON.readTree(given().auth().oauth2(token)
                .when().get("/api/questionnaire/v1/questionnaires/oas-tip-structured/versions/2").then().statusCode(200)
                .extract().asString()));
        for (int round = 0; round < 3; round++) {
            JsonNode report = JSON.readTree(given().auth().oauth2(token).contentType("application/json").body(doc.toString())
                    .when().post(assignment(cycle, country) + "/answers/validation").then().statusCode(200).extract().asString());
            boolean filled = false;
            for (JsonNode problem : report.path("problems")) {
                if (problem.path("message").asText().contains("required item has no answer")) {
                    String pointer = problem.path("pointer").asText();
                    String linkId = pointer.substring(pointer.lastIndexOf('/') + 1);
                    ObjectNode parent = (ObjectNode) doc.at(pointer.substring(0, pointer.lastIndexOf('/')));
                    parent.set(linkId, defaultAnswer(items.get(linkId)));
                    filled = true;
                }
            }
            if (!filled) {
                break;
            }
        }
        return doc;
    }

    private static JsonNode defaultAnswer(JsonNode item) {
        JsonNode value = switch (item.path("type").asText()) {
            case "boolean" -> JSON.getNodeFactory().booleanNode(false);
            case "integer" -> JSON.getNodeFactory().numberNode(Math.max(1, item.path("minValue").asInt(1)));
            case "year" -> JSON.getNodeFactory().numberNode(2015);
            case "date" -> JSON.getNodeFactory().textNode("2020-01-01");
            case "url" -> JSON.getNodeFactory().textNode("https://www.oas.org/");
            case "choice", "open-choice" -> JSON.getNodeFactory().textNode(item.path("answerOptions").get(0).path("code").asText());
            default -> JSON.getNodeFactory().textNode("Not stated in 2015-2018");
        };
        return item.path("repeats").asBoolean() ? JSON.createArrayNode().add(value) : value;
    }

    /** Every item of the definition by linkId. */
    private static JsonNode items(JsonNode definition) {
        ObjectNode byLinkId = JSON.createObjectNode();
        List<JsonNode> todo = new ArrayList<>();
        definition.path("items").forEach(todo::add);
        while (!todo.isEmpty()) {
            JsonNode item = todo.remove(todo.size() - 1);
            byLinkId.set(item.path("linkId").asText(), item);
            item.path("items").forEach(todo::add);
        }
        return byLinkId;
    }

    private void submit(String cycle, String country, String token, ObjectNode doc) {
        String path = assignment(cycle, country);
        String etag = given().auth().oauth2(token).when().get(path).then().statusCode(200).extract().header("ETag");
        Response saved = given().auth().oauth2(token).header("If-Match", etag).contentType("application/json")
                .body(doc.toString()).when().patch(path + "/answers");
        assertEquals(200, saved.statusCode(), country + ": " + saved.asString());
        Response submitted = given().auth().oauth2(token).header("If-Match", saved.header("ETag"))
                .header("Idempotency-Key", cycle + country).contentType("application/json").body("{}")
                .when().post(path + "/submission");
        assertEquals(200, submitted.statusCode(), country + ": " + submitted.asString());
    }

    private void accept(String cycle, String country) {
        String path = assignment(cycle, country);
        String etag = given().auth().oauth2(admin).when().get(path).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(admin).header("If-Match", etag).when().post(path + "/acceptance").then().statusCode(200);
    }

    private void awaitPublished(String cycle, int responses) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        List<String> statuses = List.of();
        while (System.nanoTime() < deadline) {
            statuses = given().auth().oauth2(admin).queryParam("cycle", cycle).when().get("/api/questionnaire/v1/publications")
                    .then().statusCode(200).extract().jsonPath().getList("status");
            if (statuses.size() == responses && statuses.stream().allMatch("DELIVERED"::equals)) {
                return;
            }
            Http.sleep(Duration.ofMillis(500));
        }
        throw new AssertionError("publications of " + cycle + " not all delivered: " + statuses);
    }

    private int snapshot(String cycle) {
        String job = given().auth().oauth2(analyst).when().post("/api/analytics/v1/cycles/" + cycle + "/snapshots")
                .then().statusCode(202).extract().header("Location").replaceFirst("^https?://[^/]+", "");
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        String status = "QUEUED";
        while (!status.equals("DONE") && !status.equals("FAILED") && System.nanoTime() < deadline) {
            Http.sleep(Duration.ofMillis(300));
            status = given().auth().oauth2(analyst).when().get(job).then().statusCode(200).extract().path("status");
        }
        assertEquals("DONE", status);
        return given().auth().oauth2(analyst).when().get(job).then().extract().path("snapshotId");
    }

    /** Every indicator's value and buckets (keys, counts, countries), by code. */
    private Map<String, Object> figures(int snapshot) {
        List<Map<String, Object>> results = given().auth().oauth2(analyst).when()
                .get("/api/analytics/v1/snapshots/" + snapshot + "/indicators").then().statusCode(200).extract().jsonPath().getList("$");
        Map<String, Object> figures = new TreeMap<>();
        for (Map<String, Object> r : results) {
            List<Object> buckets = new ArrayList<>();
            for (Object b : (List<?>) r.getOrDefault("buckets", List.of())) {
                Map<?, ?> bucket = (Map<?, ?>) b;
                buckets.add(List.of(String.valueOf(bucket.get("key")), String.valueOf(bucket.get("count")),
                        String.valueOf(bucket.get("countries"))));
            }
            figures.put(String.valueOf(r.get("code")), List.of(String.valueOf(r.get("value")), String.valueOf(r.get("denominator")), buckets));
        }
        assertFalse(figures.isEmpty(), "the snapshot has indicators");
        return figures;
    }

    private List<Map<String, Object>> instruments(String country) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().auth().oauth2(admin).queryParam("country", country).queryParam("limit", 500);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.when().get("/api/registry/v1/instruments").then().statusCode(200).extract().jsonPath();
            all.addAll(page.getList("items"));
            cursor = page.getString("next");
        } while (cursor != null);
        return all;
    }

    private static ArrayNode entries(ObjectNode doc, String section, String group) {
        ObjectNode s = doc.has(section) ? (ObjectNode) doc.get(section) : doc.putObject(section);
        return s.has(group) ? (ArrayNode) s.get(group) : s.putArray(group);
    }

    private static ObjectNode only(ArrayNode entries, Predicate<JsonNode> which) {
        List<ObjectNode> found = new ArrayList<>();
        entries.forEach(e -> {
            if (which.test(e)) {
                found.add((ObjectNode) e);
            }
        });
        assertEquals(1, found.size(), "one entry matches in " + entries);
        return found.get(0);
    }

    private static String assignment(String cycle, String country) {
        return "/api/questionnaire/v1/cycles/" + cycle + "/assignments/" + country;
    }
}
