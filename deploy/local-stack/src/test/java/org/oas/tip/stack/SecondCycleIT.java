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
 * Afterwards every re-reported instrument exists once with both cycles in its provenance; the second cycle's snapshot
 * gives the figures worked out by hand from what its answers established; the 2015-2018 figures are exactly what they
 * were before the second cycle; and the two cycles' published reports compare in public.
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
        int firstSnapshot = snapshot("2015-2018");
        Map<String, Object> before = figures(firstSnapshot);
        Map<String, List<Map<String, Object>>> inventory = new LinkedHashMap<>();
        for (String country : List.of("ARG", "MEX", "CHL", "COL", "PER")) {
            inventory.put(country, instruments(country));
        }

        String cycle = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(admin).contentType("application/json")
                .body("{\"code\":\"" + cycle + "\",\"title\":\"Second cycle\",\"opensOn\":\"" + LocalDate.now() + "\","
                        + "\"deadline\":\"2099-12-31\",\"referenceDate\":\"2021-12-31\",\"questionnaire\":\"oas-tip-structured\",\"questionnaireVersion\":\"2\"}")
                .when().post("/api/questionnaire/v1/cycles").then().statusCode(201);

        String arg = RunningStack.clientToken("tool-arg", "local-dev-secret-arg");
        String mex = RunningStack.clientToken("tool-mex", "local-dev-secret-mex");

        // Argentina confirms its inventory and adds a second dedicated line, which meets the six core features
        ObjectNode argDoc = completed(cycle, "ARG", arg);
        authorityCount(argDoc, 12);
        entries(argDoc, "E", "E.channels").addObject().put("E.channels.title", "Línea 0800 Trata " + cycle)
                .put("E.channels.type", "DEDICATED_TIP_LINE").put("E.channels.contact", "0800 222 1717")
                .set("E.channels.features", JSON.valueToTree(List.of("FREE", "ANONYMOUS", "EASY_TO_REMEMBER",
                        "SPECIALIZED_STAFF", "REFERRAL_CONNECTED", "MULTILINGUAL", "H24")));
        submit(cycle, "ARG", arg, argDoc);

        // Mexico updates its national programme (prolonged to 2024, with its link) and states two features of a line
        ObjectNode mexDoc = completed(cycle, "MEX", mex);
        authorityCount(mexDoc, 18);
        ObjectNode mexPlan = only(entries(mexDoc, "B", "B.plans"), e -> e.has("B.plans.registry_id"));
        long mexPlanId = mexPlan.get("B.plans.registry_id").asLong();
        mexPlan.put("B.plans.year_end", 2024).put("B.plans.link", "https://www.gob.mx/programa-trata");
        only(entries(mexDoc, "E", "E.channels"), e -> e.path("E.channels.contact").asText().equals("01-800 5533 000"))
                .set("E.channels.features", JSON.valueToTree(List.of("FREE", "H24")));
        submit(cycle, "MEX", mex, mexDoc);

        // Chile's plan 2015-2018 has ended and its information system became model 4; the secretariat answers for Chile
        ObjectNode chlDoc = completed(cycle, "CHL", admin);
        authorityCount(chlDoc, 9);
        ObjectNode chlPlan = only(entries(chlDoc, "B", "B.plans"), e -> e.has("B.plans.registry_id"));
        long chlPlanId = chlPlan.get("B.plans.registry_id").asLong();
        chlPlan.put("B.plans.action", "END").put("B.plans.status", "ENDED").put("B.plans.status_date", "2018-12-31");
        only(entries(chlDoc, "F", "F.systems"), e -> e.has("F.systems.registry_id")).put("F.systems.model", "4");
        submit(cycle, "CHL", admin, chlDoc);

        // Colombia confirms everything as it was (its authority's number, asked now, is 12)
        ObjectNode colDoc = completed(cycle, "COL", admin);
        authorityCount(colDoc, 12);
        submit(cycle, "COL", admin, colDoc);

        // Peru's 2011-2016 plan was reported in error: withdrawn; and the police now has a unit of its own
        ObjectNode perDoc = completed(cycle, "PER", admin);
        authorityCount(perDoc, 25);
        ObjectNode perPlan = only(entries(perDoc, "B", "B.plans"), e -> e.path("B.plans.year_start").asInt() == 2011);
        long perPlanId = perPlan.get("B.plans.registry_id").asLong();
        perPlan.put("B.plans.action", "WITHDRAW").put("B.plans.withdrawal_reason", "Reported in error: replaced by the 2015 policy");
        entries(perDoc, "D", "D.units").addObject().put("D.units.title", "División de Investigación de Delitos de Trata " + cycle)
                .put("D.units.sphere", "POLICE");
        submit(cycle, "PER", admin, answerWhatIsAsked(cycle, "PER", admin, perDoc));

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

        // desk research after acceptance: the secretariat records Colombia's specialized courts and attaches them to the
        // cycle with its reason; Argentina's plan it records without attaching does not count in the cycle
        long colCourts = create("{\"country\":\"COL\",\"kind\":\"SPECIALIZED_UNIT\",\"title\":\"Juzgados especializados "
                + cycle + "\",\"unit\":{\"sphere\":\"JUDICIAL\"}}");
        given().auth().oauth2(admin).contentType("application/json")
                .body("{\"reason\": \"Reported by Colombia's focal point by letter after acceptance\"}")
                .when().put("/api/registry/v1/instruments/" + colCourts + "/cycles/" + cycle).then().statusCode(200)
                .body("action", equalTo("ATTACHED"));
        create("{\"country\":\"ARG\",\"kind\":\"PLAN\",\"title\":\"Plan Bienal " + cycle
                + "\",\"yearStart\":2020,\"yearEnd\":2022,\"plan\":{\"planType\":\"PLAN_OF_ACTION\"}}");

        int second = snapshot(cycle);
        JsonNode adjustments = get("/api/analytics/v1/snapshots/" + second).at("/scope/adjustments");
        assertEquals(1, adjustments.size(), "the one attached record is listed: " + adjustments);
        assertEquals(colCourts, adjustments.get(0).path("instrumentId").asLong());
        assertEquals("ATTACHED", adjustments.get(0).path("why").asText());
        assertEquals("Reported by Colombia's focal point by letter after acceptance", adjustments.get(0).path("reason").asText());
        theSecondCycleCountsWhatItEstablished(second);
        assertEquals(before, figures(snapshot("2015-2018")), "the 2015-2018 figures did not move");
        progressBetweenTheTwoPublishedReports(firstSnapshot, second);
    }

    /**
     * The second cycle's figures, worked out by hand from what the five countries' answers established, read at its
     * reference date 2021-12-31. Confirmed records keep their 2015-2018 values (pre-filled and sent back as they were):
     * the authorities are collegiate and chaired by the Ministry of the Interior except Argentina's two hybrid bodies chaired
     * by the Head of Cabinet; the laws are ARG 2008, COL 2005, MEX 2012 under the criminal code, CHL's amending law of
     * 2011 and PER's comprehensive law of 2007 with its amending law of 2014 (mixed); the units are police units in
     * ARG, CHL, MEX and prosecutors' offices in COL and PER; the systems are of model 1 and 2 (ARG), 1 (MEX), 2 (PER),
     * 3 (COL); the dedicated lines are ARG's 145 (five core features), CHL's line without a number or feature, COL's
     * free line, MEX's two lines without features and PER's free and easy-to-remember 1818.
     */
    private void theSecondCycleCountsWhatItEstablished(int snapshot) {
        JsonNode view = get("/api/analytics/v1/snapshots/" + snapshot);
        assertEquals(List.of("ARG", "CHL", "COL", "MEX", "PER"), texts(view.at("/scope/respondents")));
        assertEquals("2021-12-31", view.at("/scope/referenceDate").asText());
        Map<String, JsonNode> r = indicators(snapshot);

        // A: the authorities' number of public institutions as answered now: CHL 9, ARG 12, COL 12, MEX 18, PER 25
        buckets(r, "A.authority_model", 5, Map.of("SOLE", List.of(), "COLLEGIATE", List.of("CHL", "COL", "MEX", "PER"),
                "HYBRID", List.of("ARG")));
        buckets(r, "A.chair_public_security", 5, Map.of("YES", List.of("CHL", "COL", "MEX", "PER"), "NO", List.of("ARG")));
        assertEquals(4, r.get("A.chair_public_security").path("value").asInt());
        buckets(r, "A.member_institutions", 5, Map.of("UP_TO_10", List.of("CHL"), "11_15", List.of("ARG", "COL"),
                "16_20", List.of("MEX"), "21_PLUS", List.of("PER"), "NO_DATA", List.of()));
        stats(r, "A.member_institutions", 5, 15.2, 9, List.of("CHL"), 25, List.of("PER")); // 76 / 5

        // B: plans at 2021-12-31: CHL's 2015-2018 plan ENDED, COL's 2016-2018 strategy over, MEX's programme now to
        // 2024 and PER's 2017-2021 plan in force (its withdrawn 2011 plan counts nowhere); ARG reported no plan (the one
        // the secretariat recorded is not attached to the cycle)
        buckets(r, "B.plan_in_force", 4, Map.of("IN_FORCE", List.of("MEX", "PER"), "ENDED", List.of("CHL", "COL"),
                "NOT_STARTED", List.of(), "NO_PERIOD", List.of()));
        assertEquals(2, r.get("B.plan_in_force").path("value").asInt());
        // durations: COL 2, CHL 3, PER 4, MEX 10 (2014-2024, the updated version): mean 19 / 4
        buckets(r, "B.plan_duration", 4, Map.of("2", List.of("COL"), "3", List.of("CHL"), "4", List.of("PER"),
                "10", List.of("MEX")));
        stats(r, "B.plan_duration", 4, 4.75, 2, List.of("COL"), 10, List.of("MEX"));

        // D: laws by legal path and period (a country's earliest law), mean year 10043 / 5
        buckets(r, "D.legal_path", 5, Map.of("CRIMINAL_CODE", List.of("ARG", "COL", "MEX"), "AMENDING_LAW", List.of("CHL"),
                "MIXED", List.of("PER"), "COMPREHENSIVE_LAW", List.of()));
        buckets(r, "D.law_period", 5, Map.of("UP_TO_2005", List.of("COL"), "2006_2015", List.of("ARG", "CHL", "MEX", "PER"),
                "FROM_2016", List.of()));
        stats(r, "D.law_year", 5, 2008.6, 2005, List.of("COL"), 2012, List.of("MEX"));
        // units by sphere: PER's new police unit beside its prosecutors' offices, COL's attached courts
        buckets(r, "D.unit_sphere", 5, Map.of("POLICE", List.of("ARG", "CHL", "MEX", "PER"), "PROSECUTOR", List.of("COL", "PER"),
                "JUDICIAL", List.of("COL"), "NO_DATA", List.of()));
        assertTrue(r.get("D.unit_sphere").path("notes").toString().contains("COL, PER"), "COL's and PER's units are in two spheres");

        // E: dedicated lines; features are a country's lines together, the score its best line on the six core ones:
        // ARG 6 (the new line), PER 2, COL 1, MEX 1 (FREE; H24 is no core feature), CHL 0: mean 10 / 5
        buckets(r, "E.dedicated_line", 5, Map.of("NUMBER_GIVEN", List.of("ARG", "COL", "MEX", "PER"), "NO_NUMBER", List.of("CHL")));
        buckets(r, "E.dedicated_line_features", 5, Map.of("FREE", List.of("ARG", "COL", "MEX", "PER"),
                "ANONYMOUS", List.of("ARG"), "EASY_TO_REMEMBER", List.of("ARG", "PER"), "MULTILINGUAL", List.of("ARG"),
                "H24", List.of("ARG", "MEX"), "NONE_STATED", List.of("CHL")));
        buckets(r, "E.dedicated_line_score", 5, Map.of("6", List.of("ARG"), "5", List.of(), "2", List.of("PER"),
                "1", List.of("COL", "MEX"), "0", List.of("CHL")));
        assertEquals(1, r.get("E.dedicated_line_score").path("value").asInt(), "one country has a line with 5 or more");
        stats(r, "E.dedicated_line_score", 5, 2.0, 0, List.of("CHL"), 6, List.of("ARG"));

        // F: information-system models, CHL's now 4
        buckets(r, "F.system_model", 5, Map.of("1", List.of("ARG", "MEX"), "2", List.of("ARG", "PER"), "3", List.of("COL"),
                "4", List.of("CHL"), "NO_DATA", List.of()));
    }

    /**
     * Both cycles published as FINAL reports: their progress is public. Between 2018 and 2021 Chile's and Colombia's
     * plans ended, Peru's police unit joined its prosecutors' offices and Colombia's courts joined its; the countries that
     * did not answer the second cycle neither leave nor enter any category.
     */
    private void progressBetweenTheTwoPublishedReports(int firstSnapshot, int secondSnapshot) {
        int first = finalReport(firstSnapshot);
        int second = finalReport(secondSnapshot);
        JsonNode progress = JSON.valueToTree(given().queryParam("since", first).queryParam("all", true)
                .when().get("/api/analytics/v1/reports/" + second + "/progress").then().statusCode(200)
                .extract().as(Map.class));
        assertEquals(List.of("ARG", "CHL", "COL", "MEX", "PER"), texts(progress.at("/respondents/both")));
        assertEquals(List.of(), texts(progress.at("/respondents/onlyAfter")));
        JsonNode inForce = bucketChange(progress, "B.plan_in_force", "IN_FORCE");
        assertEquals(List.of("CHL", "COL"), texts(inForce.path("countriesOut")));
        assertEquals(List.of(), texts(inForce.path("countriesIn")));
        assertEquals(2, inForce.path("countAfter").asInt());
        assertEquals(50.0, inForce.path("percentageAfter").asDouble());
        assertEquals(List.of("CHL", "COL"), texts(bucketChange(progress, "B.plan_in_force", "ENDED").path("countriesIn")));
        assertEquals(List.of("PER"), texts(bucketChange(progress, "D.unit_sphere", "POLICE").path("countriesIn")));
        assertEquals(List.of("COL"), texts(bucketChange(progress, "D.unit_sphere", "JUDICIAL").path("countriesIn")));
        JsonNode duration = change(progress, "B.plan_duration");
        assertEquals(4.75, duration.path("meanAfter").asDouble());
        assertTrue(duration.path("meanBefore").isNumber(), "the 2015-2018 mean stands beside it: " + duration);
    }

    /** A report of the snapshot taken through review to FINAL; its id. */
    private int finalReport(int snapshot) {
        String report = given().auth().oauth2(admin).contentType("application/json").body("{\"snapshotId\": " + snapshot + "}")
                .when().post("/api/analytics/v1/reports").then().statusCode(201).extract().header("Location")
                .replaceFirst("^https?://[^/]+", "");
        String etag = given().auth().oauth2(admin).when().get(report).then().statusCode(200).extract().header("ETag");
        for (String status : List.of("COUNTRY_REVIEW", "FINAL")) {
            etag = given().auth().oauth2(admin).header("If-Match", etag).contentType("application/json")
                    .body("{\"status\": \"" + status + "\"}").when().put(report + "/status").then().statusCode(200)
                    .extract().header("ETag");
        }
        return Integer.parseInt(report.substring(report.lastIndexOf('/') + 1));
    }

    private static JsonNode change(JsonNode progress, String code) {
        for (JsonNode c : progress.path("changes")) {
            if (c.path("code").asText().equals(code)) {
                return c;
            }
        }
        throw new AssertionError("no change of " + code);
    }

    private static JsonNode bucketChange(JsonNode progress, String code, String key) {
        for (JsonNode b : change(progress, code).path("buckets")) {
            if (b.path("key").asText().equals(key)) {
                return b;
            }
        }
        throw new AssertionError("no bucket " + key + " in the change of " + code);
    }

    /** An instrument recorded by the secretariat (desk research); its id. */
    private long create(String body) {
        return ((Number) given().auth().oauth2(admin).contentType("application/json").body(body)
                .when().post("/api/registry/v1/instruments").then().statusCode(201).extract().path("id")).longValue();
    }

    private JsonNode get(String path) {
        return JSON.valueToTree(given().auth().oauth2(analyst).when().get(path).then().statusCode(200).extract().as(Map.class));
    }

    private Map<String, JsonNode> indicators(int snapshot) {
        Map<String, JsonNode> byCode = new TreeMap<>();
        JsonNode all = JSON.valueToTree(given().auth().oauth2(analyst).when().get("/api/analytics/v1/snapshots/" + snapshot + "/indicators")
                .then().statusCode(200).extract().as(List.class));
        all.forEach(r -> byCode.put(r.path("code").asText(), r));
        return byCode;
    }

    /** The indicator's denominator and, for each bucket named, exactly these countries (in order) and their number. */
    private static void buckets(Map<String, JsonNode> results, String code, int denominator, Map<String, List<String>> expected) {
        JsonNode r = results.get(code);
        assertTrue(r != null, "the snapshot has " + code);
        assertEquals(denominator, r.path("denominator").asInt(), code + " denominator");
        expected.forEach((key, countries) -> {
            JsonNode bucket = null;
            for (JsonNode b : r.path("buckets")) {
                if (b.path("key").asText().equals(key)) {
                    bucket = b;
                }
            }
            assertTrue(bucket != null, code + " has a bucket " + key + ": " + r.path("buckets"));
            assertEquals(countries, texts(bucket.path("countries")), code + " " + key);
            assertEquals(countries.size(), bucket.path("count").asInt(), code + " " + key + " count");
        });
    }

    private static void stats(Map<String, JsonNode> results, String code, int n, double mean, int min, List<String> minCountries,
                              int max, List<String> maxCountries) {
        JsonNode s = results.get(code).path("stats");
        assertEquals(n, s.path("n").asInt(), code + " n");
        assertEquals(mean, s.path("mean").asDouble(), code + " mean");
        assertEquals(min, s.path("min").asInt(), code + " min");
        assertEquals(minCountries, texts(s.path("minCountries")), code + " min countries");
        assertEquals(max, s.path("max").asInt(), code + " max");
        assertEquals(maxCountries, texts(s.path("maxCountries")), code + " max countries");
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    /** The number of public institutions of the country's authority, which the 2015-2018 report did not record. */
    private static void authorityCount(ObjectNode doc, int count) {
        ((ObjectNode) doc.get("A").get("A.authority")).put("A.authority.public_institution_count", count);
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
                .then().statusCode(202).extract().header("Location");
        return RunningStack.awaitSnapshot(analyst, job);
    }

    /** Every indicator's value and buckets (keys, counts, countries, and the records and answers behind them), by code. */
    private Map<String, Object> figures(int snapshot) {
        List<Map<String, Object>> results = given().auth().oauth2(analyst).when()
                .get("/api/analytics/v1/snapshots/" + snapshot + "/indicators").then().statusCode(200).extract().jsonPath().getList("$");
        Map<String, Object> figures = new TreeMap<>();
        for (Map<String, Object> r : results) {
            List<Object> buckets = new ArrayList<>();
            for (Object b : (List<?>) r.getOrDefault("buckets", List.of())) {
                Map<?, ?> bucket = (Map<?, ?>) b;
                buckets.add(List.of(String.valueOf(bucket.get("key")), String.valueOf(bucket.get("count")),
                        String.valueOf(bucket.get("countries")), String.valueOf(bucket.get("recordIds")),
                        String.valueOf(bucket.get("answerIds")), String.valueOf(bucket.get("answerRefs"))));
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
