package org.oas.tip.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.oas.tip.defaults.Caller;
import org.oas.tip.registry.mapping.InstrumentView;
import org.oas.tip.registry.mapping.ViewShape;
import org.oas.tip.registry.rest.TestListParams;
import org.oas.tip.registry.service.InstrumentService;
import org.oas.tip.registry.service.VersionRenderer;
import org.oas.tip.registry.service.VersionRenderingPass;
import org.oas.tip.testing.PostgresTestResource;
import org.oas.tip.testing.TestTokens;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.oas.tip.registry.InstrumentData.INSTRUMENTS;

/**
 * Version reads (cycle, asOf) written from the stored renderings give, byte for byte, the page the views' path builds
 * (InstrumentService.list: parse each version, add its cycles and cycle entry, serialize): for every kind, every caller's
 * visibility, attachments, corrections, amendments, asOf and withdrawn records; a version without a rendering, or with one
 * of another view shape, is read from its data and rendered by the background pass. The JSON Lines export of each read
 * gives the same items, one a line.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class VersionRenderingTest {

    private static final String BASELINE = "2015-2018";

    /** Each caller with its token. */
    private record Who(Caller caller, String token) {
    }

    private static final List<Who> EVERYONE = List.of(
            new Who(Caller.ANONYMOUS, null),
            new Who(new Caller("focal-tto", null, Set.of("focal-point"), "TTO"), TestTokens.focalPoint("TTO")),
            new Who(new Caller("focal-brb", null, Set.of("focal-point"), "BRB"), TestTokens.focalPoint("BRB")),
            new Who(new Caller("analyst", null, Set.of("tip-analyst"), null), TestTokens.analyst()),
            new Who(new Caller("admin", null, Set.of("tip-admin"), null), TestTokens.admin()));

    @Inject
    InstrumentService views;
    @Inject
    VersionRenderingPass pass;
    @Inject
    VersionRenderer renderer;
    @Inject
    ObjectMapper json;
    @Inject
    AgroalDataSource db;

    /** Every page of the read as the API writes it now and as the views' path builds it, page by page; the pages. */
    private List<String> samePages(Map<String, String> query, Who who, int limit) {
        List<String> pages = new ArrayList<>();
        String cursor = null;
        do {
            var request = who.token() == null ? given() : given().auth().oauth2(who.token());
            request.queryParams(query).queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            String shown = request.when().get(INSTRUMENTS).then().statusCode(200).extract().asString();
            String built;
            try {
                built = json.writeValueAsString(views.list(TestListParams.filter(query, who.caller()), cursor, limit));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            assertEquals(built, shown, "page " + pages.size() + " of " + query + " for " + who.caller().subject());
            pages.add(shown);
            cursor = JsonPath.from(shown).getString("next");
        } while (cursor != null);
        sameLines(query, who);
        return pages;
    }

    /** The read's JSON Lines export: every item the views' path builds for the list's pages, one a line, in their order. */
    private void sameLines(Map<String, String> query, Who who) {
        StringBuilder built = new StringBuilder();
        String cursor = null;
        try {
            do {
                InstrumentService.Page page = views.list(TestListParams.filter(query, who.caller()), cursor, 1000);
                for (InstrumentView view : page.items()) {
                    built.append(json.writeValueAsString(view)).append('\n');
                }
                cursor = page.next();
            } while (cursor != null);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        var request = who.token() == null ? given() : given().auth().oauth2(who.token());
        byte[] shown = request.queryParams(query).when().get(INSTRUMENTS + "/export.ndjson").then().statusCode(200)
                .contentType("application/x-ndjson").extract().asByteArray();
        assertEquals(built.toString(), new String(shown, StandardCharsets.UTF_8), "the JSON Lines of " + query + " for "
                + who.caller().subject());
    }

    private void renderAll() {
        while (pass.run() > 0) {
            // until every stored version has a rendering of this shape
        }
    }

    private static void attach(long id, String cycle, Map<String, ?> body) {
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(body)
                .when().put(INSTRUMENTS + "/" + id + "/cycles/" + cycle).then().statusCode(200);
    }

    private static String etag(long id) {
        return given().auth().oauth2(TestTokens.admin()).get(INSTRUMENTS + "/" + id).then().extract().header("ETag");
    }

    @Test
    void everyKindAndCallerReadsTheSamePagesFromTheRenderings() {
        String m = InstrumentData.marker();
        String cycle = "2023-2026-" + m;
        // the cycle's own answers (origin CYCLE), then an amendment of one of them (origin AMENDMENT)
        InstrumentData plan = InstrumentData.of("TTO", "PLAN", m + " plan").years(2016, 2020);
        InstrumentData secondPlan = InstrumentData.of("TTO", "PLAN", m + " second plan").years(2018, 2022);
        JsonPath published = PublicationData.of(cycle + "/TTO/1", cycle, "TTO", -10)
                .create("B.plans[0]", plan.body())
                .create("B.plans[1]", secondPlan.body())
                .post(TestTokens.publisher()).statusCode(200).extract().jsonPath();
        long amended = published.getLong("results[0].registryId");
        PublicationData amendment = PublicationData.of(cycle + "/TTO/2", cycle, "TTO", -10)
                .update("B.plans[0]", amended, 1, Map.of("yearEnd", 2030));
        amendment.body().put("amendment", true);
        amendment.post(TestTokens.publisher()).statusCode(200);
        // a correction: the cycle takes the second plan's next revision, made directly
        long reported = published.getLong("results[1].registryId");
        given().auth().oauth2(TestTokens.admin()).header("If-Match", etag(reported)).contentType("application/json")
                .body(secondPlan.with("title", m + " second plan, as adopted").body()).when().put(INSTRUMENTS + "/" + reported)
                .then().statusCode(200);
        attach(reported, cycle, Map.of("reason", "the report quoted a draft", "revision", 2));

        // the secretariat's attachments: every kind, restricted ones of two countries, a correction, a withdrawal
        for (String kind : List.of("LAW", "INTER_AGENCY_BODY", "NATIONAL_POLICY", "PROTOCOL", "SPECIALIZED_UNIT",
                "INFORMATION_SYSTEM", "SHELTER")) {
            var created = InstrumentData.of("TTO", kind, m + " " + kind).post(TestTokens.admin()).extract();
            assertEquals(201, created.statusCode(), created.asString());
            attach(created.jsonPath().getLong("id"), cycle, Map.of("reason", "desk research"));
        }
        attach(InstrumentData.hotline("TTO", m + " línea \"800\" <TIP>", "800-4847", "FREE", "H24", "MULTILINGUAL").create(TestTokens.admin()),
                cycle, Map.of("reason", "omitted by mistake: ñandú \u2028 ✓"));
        attach(InstrumentData.of("TTO", "PROTOCOL", m + " reservado").restricted().create(TestTokens.admin()), cycle,
                Map.of("reason", "restricted"));
        attach(InstrumentData.of("BRB", "LAW", m + " restricted").restricted().create(TestTokens.admin()), cycle,
                Map.of("reason", "restricted"));
        InstrumentData corrected = InstrumentData.of("BRB", "PLAN", m + " moved").years(2015, 2019);
        long correctedId = corrected.create(TestTokens.admin());
        attach(correctedId, cycle, Map.of("reason", "reported"));
        given().auth().oauth2(TestTokens.admin()).header("If-Match", etag(correctedId)).contentType("application/json")
                .body(corrected.with("title", m + " moved, second").body()).when().put(INSTRUMENTS + "/" + correctedId)
                .then().statusCode(200);
        attach(correctedId, cycle, Map.of("reason", "moved to the next revision", "revision", 2));
        long withdrawn = InstrumentData.of("TTO", "PROTOCOL", m + " retirado").create(TestTokens.admin());
        attach(withdrawn, cycle, Map.of("reason", "withdrawn later"));
        given().auth().oauth2(TestTokens.admin()).header("If-Match", etag(withdrawn)).contentType("application/json")
                .body(Map.of("reason", "duplicate")).post(INSTRUMENTS + "/" + withdrawn + "/withdrawal").then().statusCode(200);
        renderAll();

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        Map<String, List<String>> byCaller = new LinkedHashMap<>();
        for (Who who : EVERYONE) {
            List<String> pages = samePages(Map.of("cycle", cycle), who, 3);
            byCaller.put(who.caller().subject(), pages);
            samePages(Map.of("cycle", cycle, "asOf", "2019-01-01"), who, 4);
            samePages(Map.of("cycle", cycle, "asOf", today, "kind", "PLAN"), who, 2);
            samePages(Map.of("asOf", today, "country", "TTO"), who, 1000);
            samePages(Map.of("asOf", "2017-06-30", "country", "BRB"), who, 7);
            samePages(Map.of("cycle", BASELINE), who, 1000);
            sameLines(Map.of("country", "TTO"), who);
        }
        // the withdrawal is a later version: read at today's date, by those who read withdrawn records
        List<String> withdrawnPages = samePages(Map.of("cycle", cycle, "asOf", today, "status", "WITHDRAWN"), EVERYONE.get(4), 2);
        samePages(Map.of("asOf", today, "country", "TTO", "status", "WITHDRAWN"), EVERYONE.get(3), 2);

        // the cases are there: who attached, for the secretariat and the owning focal point only; corrected, amended
        String admin = String.join("", byCaller.get("admin"));
        assertTrue(admin.contains("\"attachedBy\":\"admin\""), admin);
        assertTrue(admin.contains("\"action\":\"CORRECTED\""), admin);
        assertTrue(admin.contains("\"origin\":\"AMENDMENT\""), admin);
        assertTrue(String.join("", withdrawnPages).contains("\"status\":\"WITHDRAWN\""), withdrawnPages.toString());
        assertTrue(String.join("", byCaller.get("focal-brb")).contains("\"attachedBy\":\"admin\""));
        String anonymous = String.join("", byCaller.get("anonymous"));
        assertTrue(anonymous.contains("\"attachedBy\":null") && !anonymous.contains("\"attachedBy\":\"admin\""), anonymous);
        assertTrue(!anonymous.contains("reservado") && !anonymous.contains("retirado"), anonymous);
        assertTrue(String.join("", byCaller.get("focal-tto")).contains("reservado"));
        assertEquals(0, unrendered(), "every version has a rendering of this shape");
    }

    @Test
    void aVersionWithoutARenderingIsReadFromItsDataAndRenderedByThePass() throws SQLException {
        String m = InstrumentData.marker();
        String cycle = "2023-2026-" + m;
        long id = InstrumentData.hotline("BRB", m + " line", "211", "FREE").restricted().create(TestTokens.admin());
        attach(id, cycle, Map.of("reason", "fallback"));
        assertNotNull(rendering(id)[0], "rendered when written");
        Who brb = EVERYONE.get(2);
        List<String> rendered = samePages(Map.of("cycle", cycle), brb, 10);

        update("update instrument_version set rendered = null, rendered_cycles_at = null, rendered_shape = null where instrument_id = ?", id);
        assertNull(rendering(id)[0]);
        assertEquals(rendered, samePages(Map.of("cycle", cycle), brb, 10), "read from its data");
        assertNull(rendering(id)[0], "a read does not render");

        renderAll();
        Object[] after = rendering(id);
        assertNotNull(after[0]);
        assertEquals(ViewShape.CURRENT, after[2]);
        assertEquals(rendered, samePages(Map.of("cycle", cycle), brb, 10));
    }

    @Test
    void aRenderingOfAnotherViewShapeIsNotReadAndIsRenderedAgain() throws SQLException {
        String m = InstrumentData.marker();
        String cycle = "2023-2026-" + m;
        long id = InstrumentData.of("TTO", "LAW", m + " ley").create(TestTokens.admin());
        attach(id, cycle, Map.of("reason", "stale"));
        Object[] fresh = rendering(id);
        Who anyone = EVERYONE.get(0);
        List<String> pages = samePages(Map.of("cycle", cycle), anyone, 10);

        update("update instrument_version set rendered = '{\"stale\":true}', rendered_shape = rendered_shape + 1 where instrument_id = ?", id);
        assertEquals(pages, samePages(Map.of("cycle", cycle), anyone, 10), "the stale rendering is not read");
        assertNotEquals(ViewShape.CURRENT, rendering(id)[2]);

        renderAll();
        Object[] again = rendering(id);
        assertEquals(fresh[0], again[0], "rendered again as when written");
        assertEquals(fresh[1], again[1]);
        assertEquals(ViewShape.CURRENT, again[2]);
        assertEquals(pages, samePages(Map.of("cycle", cycle), anyone, 10));
    }

    /**
     * A JSON Lines read that fails after its first batches were sent (a stored version no view can be read from, after
     * the baseline's 350 instruments in id order) is broken off without HTTP's last chunk: the client's read of the body
     * fails, so it never takes the lines it got for the whole read.
     */
    @Test
    void aJsonLinesReadThatFailsMidWayIsBrokenOffNotEndedEarly() throws Exception {
        long broken = InstrumentData.of("TTO", "LAW", InstrumentData.marker() + " unreadable").create(TestTokens.admin());
        String data;
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "select cast(data as text) from instrument_version where instrument_id = ?")) {
            s.setLong(1, broken);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                data = r.getString(1);
            }
        }
        update("update instrument_version set rendered = null, rendered_shape = null, data = '{\"id\":\"not a number\"}' "
                + "where instrument_id = ?", broken);
        try {
            HttpResponse<InputStream> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                            "http://localhost:" + RestAssured.port + INSTRUMENTS + "/export.ndjson?asOf="
                                    + LocalDate.now(ZoneOffset.UTC))).header("Authorization", "Bearer " + TestTokens.admin()).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            // 200: the first batches were on their way (a failure before any is sent is a 500 problem)
            assertEquals(200, response.statusCode(), "the first lines were sent before the failure");
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/x-ndjson"));
            try (InputStream body = response.body()) {
                assertThrows(IOException.class, () -> body.transferTo(OutputStream.nullOutputStream()), "the body breaks off");
            }
        } finally {
            try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                    "update instrument_version set data = cast(? as jsonb) where instrument_id = ?")) {
                s.setString(1, data);
                s.setLong(2, broken);
                assertEquals(1, s.executeUpdate());
            }
        }
    }

    @Test
    void aVersionWithoutProvenanceOrUnreadableIsRenderedOrLeftToItsData() {
        VersionRenderer.Rendering none = renderer.render("{\"id\":1,\"country\":\"TTO\",\"kind\":\"LAW\",\"title\":\"t\"}");
        assertEquals("{\"id\":1,\"country\":\"TTO\",\"kind\":\"LAW\",\"title\":\"t\"}", none.text());
        assertNull(none.cyclesAt());
        VersionRenderer.Rendering broken = renderer.render("{not json");
        assertNull(broken.text());
        assertEquals(ViewShape.CURRENT, broken.shape(), "not tried again by every pass");
    }

    private void update(String sql, long id) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            assertEquals(1, s.executeUpdate());
        }
    }

    /** rendered, rendered_cycles_at and rendered_shape of the instrument's version 1. */
    private Object[] rendering(long id) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "select rendered, rendered_cycles_at, rendered_shape from instrument_version where instrument_id = ? and revision = 1")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                return new Object[] {r.getString(1), (Integer) r.getObject(2), (Integer) r.getObject(3)};
            }
        }
    }

    private long unrendered() {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "select count(*) from instrument_version where rendered_shape is distinct from ?")) {
            s.setInt(1, ViewShape.CURRENT);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
