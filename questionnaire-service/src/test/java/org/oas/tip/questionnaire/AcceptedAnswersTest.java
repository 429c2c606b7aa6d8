package org.oas.tip.questionnaire;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.oas.tip.testing.PostgresTestResource;
import org.oas.tip.testing.TestTokens;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A whole cycle's accepted answers in one paginated read: every accepted country once, as the per-country read gives it. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(RegistryStub.class)
class AcceptedAnswersTest {

    private static final String CYCLES = "/api/questionnaire/v1/cycles/";

    @Inject
    SessionFactory sessions;

    /** Follows next from the first page to the last, asserting each page's size; returns the items of all pages in order. */
    private static List<Map<String, Object>> allPages(String cycle, int limit, List<Integer> sizes) {
        List<Map<String, Object>> items = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().auth().oauth2(TestTokens.analyst()).queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(CYCLES + cycle + "/accepted-answers").then().statusCode(200)
                    .contentType("application/json").extract().jsonPath();
            List<Map<String, Object>> found = page.getList("items");
            assertTrue(found.size() <= limit, "a page holds at most limit items");
            sizes.add(found.size());
            items.addAll(found);
            cursor = page.getString("next");
        } while (cursor != null);
        return items;
    }

    private static JsonPath assignment(String cycle, String country) {
        return given().auth().oauth2(TestTokens.analyst()).get(CYCLES + cycle + "/assignments/" + country)
                .then().statusCode(200).extract().jsonPath();
    }

    private static void assertSameAsPerCountryRead(String cycle, Map<String, Object> item) {
        JsonPath one = assignment(cycle, (String) item.get("country"));
        assertEquals("ACCEPTED", item.get("status"));
        assertEquals(one.getString("status"), item.get("status"));
        assertEquals(one.getString("questionnaire"), item.get("questionnaire"), "questionnaire of " + item.get("country"));
        assertEquals(one.getString("questionnaireVersion"), item.get("questionnaireVersion"));
        assertEquals(one.getString("acceptedAt"), item.get("acceptedAt"), "acceptedAt of " + item.get("country"));
        assertEquals(one.<Object>get("answers"), item.get("answers"), "answers of " + item.get("country"));
    }

    @Test
    void baselineOverSeveralPagesGivesEveryAcceptedCountryOnceAsThePerCountryRead() {
        List<Map<String, Object>> assignments = given().auth().oauth2(TestTokens.admin()).get(CYCLES + "2015-2018/assignments")
                .then().statusCode(200).extract().jsonPath().getList("");
        List<String> accepted = assignments.stream().filter(a -> "ACCEPTED".equals(a.get("status")))
                .map(a -> (String) a.get("country")).sorted().toList();
        List<String> notAccepted = assignments.stream().filter(a -> !"ACCEPTED".equals(a.get("status")))
                .map(a -> (String) a.get("country")).toList();
        assertTrue(accepted.size() > 30, "the baseline has its accepted countries");
        assertTrue(notAccepted.contains("NIC"), "Nicaragua did not answer");

        List<Integer> sizes = new ArrayList<>();
        List<Map<String, Object>> items = allPages("2015-2018", 10, sizes);
        List<String> countries = items.stream().map(i -> (String) i.get("country")).toList();
        // every accepted country once, in country order, and no other
        assertEquals(accepted, countries);
        notAccepted.forEach(c -> assertFalse(countries.contains(c), c + " is not accepted"));
        int full = accepted.size() / 10;
        assertEquals(accepted.size() % 10 == 0 ? full : full + 1, sizes.size(), "no empty last page: " + sizes);
        items.forEach(item -> assertSameAsPerCountryRead("2015-2018", item));
    }

    @Test
    void onlyAcceptedResponsesAndTheLastPageSaysSo() {
        String cycle = TestQuestionnaire.openCycle("2026-01-01", "2099-12-31");
        // nothing accepted yet: an empty last page
        given().auth().oauth2(TestTokens.admin()).get(CYCLES + cycle + "/accepted-answers").then().statusCode(200)
                .body("items", hasSize(0)).body("next", nullValue()).body("$", org.hamcrest.Matchers.hasKey("next"));

        submit(cycle, "ARG", "{\"s\": {\"s.has_line\": true, \"s.lines\": [{\"s.lines.type\": \"DEDICATED_TIP_LINE\", "
                + "\"s.lines.number\": \"145\"}], \"s.count\": 12}}");
        submit(cycle, "MEX", "{\"s\": {\"s.has_line\": false}}");
        submit(cycle, "USA", "{\"s\": {\"s.has_line\": false, \"s.count\": 3}}");
        accept(cycle, "ARG");
        accept(cycle, "USA");
        // MEX stays SUBMITTED: never listed

        List<Integer> sizes = new ArrayList<>();
        List<Map<String, Object>> items = allPages(cycle, 1, sizes);
        assertEquals(List.of("ARG", "USA"), items.stream().map(i -> i.get("country")).toList());
        assertEquals(List.of(1, 1), sizes);
        items.forEach(item -> assertSameAsPerCountryRead(cycle, item));
        assertEquals(cycle, items.get(0).get("questionnaire"));
        assertEquals("1", items.get(0).get("questionnaireVersion"));
        assertNotNull(items.get(0).get("acceptedAt"));
        given().auth().oauth2(TestTokens.admin()).get(CYCLES + cycle + "/accepted-answers")
                .then().body("items[0].answers.s['s.count']", equalTo(12));

        // exactly limit left: one page, no cursor to an empty one
        given().auth().oauth2(TestTokens.admin()).queryParam("limit", 2).get(CYCLES + cycle + "/accepted-answers")
                .then().statusCode(200).body("items.country", equalTo(List.of("ARG", "USA"))).body("next", nullValue());
        // the default limit (50) holds them all
        given().auth().oauth2(TestTokens.admin()).get(CYCLES + cycle + "/accepted-answers")
                .then().statusCode(200).body("items", hasSize(2)).body("next", nullValue());
    }

    @Test
    void onePageIsOneQuery() {
        var statistics = sessions.getStatistics();
        given().auth().oauth2(TestTokens.analyst()).queryParam("limit", 5).get(CYCLES + "2015-2018/accepted-answers")
                .then().statusCode(200);
        statistics.clear();
        String next = given().auth().oauth2(TestTokens.analyst()).queryParam("limit", 5).get(CYCLES + "2015-2018/accepted-answers")
                .then().statusCode(200).body("items", hasSize(5)).extract().path("next");
        assertEquals(1, statistics.getPrepareStatementCount(), "the first page");
        statistics.clear();
        given().auth().oauth2(TestTokens.analyst()).queryParam("limit", 5).queryParam("cursor", next)
                .get(CYCLES + "2015-2018/accepted-answers").then().statusCode(200).body("items", hasSize(5));
        assertEquals(1, statistics.getPrepareStatementCount(), "a later page");
    }

    @Test
    void badLimitIs400NamingIt() {
        for (String limit : new String[] {"0", "-1", "201", "abc", "1.5", "99999999999"}) {
            given().auth().oauth2(TestTokens.analyst()).queryParam("limit", limit).get(CYCLES + "2015-2018/accepted-answers")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo("limit")).body("violations[0].in", equalTo("query"))
                    .body("detail", containsString("limit"));
        }
        given().auth().oauth2(TestTokens.analyst()).queryParam("limit", 200).get(CYCLES + "2015-2018/accepted-answers")
                .then().statusCode(200);
    }

    @Test
    void badCursorIs400NamingIt() {
        String[] cursors = {"not a cursor!", "%%%", base64("after:arg"), base64("after:ARGE"), base64("after:12"), base64("ARG"),
                base64("after:")};
        for (String cursor : cursors) {
            given().auth().oauth2(TestTokens.analyst()).queryParam("cursor", cursor).get(CYCLES + "2015-2018/accepted-answers")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo("cursor")).body("detail", containsString("cursor"));
        }
    }

    @Test
    void unknownCycleIs404Problem() {
        given().auth().oauth2(TestTokens.admin()).get(CYCLES + "1900/accepted-answers")
                .then().statusCode(404).contentType("application/problem+json").body("detail", containsString("1900"));
    }

    @Test
    void focalPointsReadTheirOwnElsewhere() {
        given().auth().oauth2(TestTokens.focalPoint("ARG")).get(CYCLES + "2015-2018/accepted-answers")
                .then().statusCode(403).contentType("application/problem+json");
        given().get(CYCLES + "2015-2018/accepted-answers").then().statusCode(401).contentType("application/problem+json");
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void submit(String cycle, String country, String answers) {
        given().auth().oauth2(TestTokens.focalPoint(country)).header("If-Match", "\"0\"").contentType("application/json")
                .body(answers).post(CYCLES + cycle + "/assignments/" + country + "/submission").then().statusCode(200);
    }

    private static void accept(String cycle, String country) {
        String etag = given().auth().oauth2(TestTokens.admin()).get(CYCLES + cycle + "/assignments/" + country).header("ETag");
        given().auth().oauth2(TestTokens.admin()).header("If-Match", etag)
                .post(CYCLES + cycle + "/assignments/" + country + "/acceptance").then().statusCode(200);
    }
}
