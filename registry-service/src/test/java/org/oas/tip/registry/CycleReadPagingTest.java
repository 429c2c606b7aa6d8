package org.oas.tip.registry;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.oas.tip.testing.PostgresTestResource;
import org.oas.tip.testing.TestTokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.oas.tip.registry.InstrumentData.INSTRUMENTS;

/**
 * A cycle read followed page by page (what the analytics' snapshot does): every instrument of the cycle exactly once, in
 * id order, none of another cycle or of no cycle, each with its cycleEntry and its cycles, and the usual visibility of
 * restricted and withdrawn records.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class CycleReadPagingTest {

    private static void attach(long id, String cycle) {
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(Map.of("reason", "paging test"))
                .when().put(INSTRUMENTS + "/" + id + "/cycles/" + cycle).then().statusCode(200);
    }

    /** Every page of a cycle read of {@code limit} items; asserts each page is full but the last. */
    private static List<Map<String, Object>> readAll(String cycle, String token, int limit) {
        List<Map<String, Object>> items = new ArrayList<>();
        String cursor = null;
        do {
            var request = token == null ? given() : given().auth().oauth2(token);
            request.queryParam("cycle", cycle).queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get(INSTRUMENTS).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> shown = page.getList("items");
            cursor = page.getString("next");
            assertTrue(cursor == null || shown.size() == limit, "a page before the last is full");
            items.addAll(shown);
        } while (cursor != null);
        return items;
    }

    private static List<Long> ids(List<Map<String, Object>> items) {
        return items.stream().map(i -> ((Number) i.get("id")).longValue()).toList();
    }

    @Test
    void aCycleReadOverSeveralPagesReturnsEachOfItsInstrumentsOnce() {
        String m = InstrumentData.marker();
        String cycle = "r-" + m;
        String other = "s-" + m;
        // interleaved in id order: of the cycle, of the other cycle only, of both, of none
        List<Long> publicOnes = new ArrayList<>();
        for (int n = 0; n < 12; n++) {
            long id = InstrumentData.of("TTO", "PROTOCOL", m + " protocolo " + n).create(TestTokens.admin());
            if (n % 4 == 0 || n % 4 == 2) {
                attach(id, cycle);
                publicOnes.add(id);
            }
            if (n % 4 == 1 || n % 4 == 2) {
                attach(id, other);
            }
        }
        long restrictedTto = InstrumentData.of("TTO", "PROTOCOL", m + " reservado").restricted().create(TestTokens.admin());
        attach(restrictedTto, cycle);
        long restrictedBrb = InstrumentData.of("BRB", "PROTOCOL", m + " restricted").restricted().create(TestTokens.admin());
        attach(restrictedBrb, cycle);
        long withdrawn = InstrumentData.of("TTO", "PROTOCOL", m + " retirado").create(TestTokens.admin());
        attach(withdrawn, cycle);
        String etag = given().auth().oauth2(TestTokens.admin()).get(INSTRUMENTS + "/" + withdrawn).then().extract().header("ETag");
        given().auth().oauth2(TestTokens.admin()).header("If-Match", etag).contentType("application/json")
                .body(Map.of("reason", "duplicate")).post(INSTRUMENTS + "/" + withdrawn + "/withdrawal").then().statusCode(200);

        // anyone: the public ones, in three pages of 2
        List<Map<String, Object>> anonymous = readAll(cycle, null, 2);
        assertEquals(publicOnes, ids(anonymous));
        for (Map<String, Object> item : anonymous) {
            @SuppressWarnings("unchecked")
            Map<String, Object> entry = (Map<String, Object>) item.get("cycleEntry");
            assertEquals(item.get("id"), entry.get("instrumentId"));
            assertEquals(cycle, entry.get("cycle"));
            assertEquals("ATTACHED", entry.get("action"));
            assertEquals("DIRECT_ENTRY", entry.get("origin"));
            assertEquals(null, entry.get("attachedBy"));
        }
        // the same read in one page is the same list, item for item
        assertEquals(anonymous, readAll(cycle, null, 1000));

        // TTO's focal point also reads TTO's restricted one; the secretariat and analysts every one, withdrawn included
        List<Long> tto = new ArrayList<>(publicOnes);
        tto.add(restrictedTto);
        assertEquals(tto, ids(readAll(cycle, TestTokens.focalPoint("TTO"), 3)));
        List<Long> all = new ArrayList<>(tto);
        all.add(restrictedBrb);
        all.add(withdrawn);
        List<Map<String, Object>> analyst = readAll(cycle, TestTokens.analyst(), 4);
        assertEquals(all, ids(analyst));
        assertEquals(all, ids(readAll(cycle, TestTokens.admin(), 5)));
        assertEquals(List.of(withdrawn), ids(analyst.stream()
                .filter(i -> ((Number) i.get("id")).longValue() == withdrawn).toList()));

        // each item carries every cycle that holds it, oldest first
        for (Map<String, Object> item : analyst) {
            @SuppressWarnings("unchecked")
            Map<String, Object> provenance = (Map<String, Object>) item.get("provenance");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> cycles = (List<Map<String, Object>>) provenance.get("cycles");
            long id = ((Number) item.get("id")).longValue();
            int n = publicOnes.indexOf(id);
            List<String> expected = n >= 0 && n % 2 == 1 ? List.of(cycle, other) : List.of(cycle);
            assertEquals(expected, cycles.stream().map(c -> c.get("cycle")).toList(), "cycles of " + id);
        }

        // the other cycle: only its own (the three of both cycles and three of its own)
        List<Long> ofOther = ids(readAll(other, null, 2));
        assertEquals(6, ofOther.size());
        assertTrue(ofOther.stream().noneMatch(id -> id == restrictedTto || id == withdrawn));
    }

    @Test
    void aPageHoldsUpToAThousand() {
        given().queryParam("limit", 1000).when().get(INSTRUMENTS).then().statusCode(200);
        given().queryParam("limit", 1001).when().get(INSTRUMENTS).then().statusCode(400)
                .body("violations[0].field", equalTo("limit"));
    }
}
