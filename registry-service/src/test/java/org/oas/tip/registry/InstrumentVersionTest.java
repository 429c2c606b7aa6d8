package org.oas.tip.registry;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.oas.tip.testing.PostgresTestResource;
import org.oas.tip.testing.TestTokens;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.oas.tip.registry.InstrumentData.INSTRUMENTS;

/** Versions: the baseline as version 1 of 2015-2018, direct entries, the provenance rules of direct writes. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class InstrumentVersionTest {

    @Inject
    AgroalDataSource db;

    @Test
    void aCycleCodeOutsideTheRuleOfEveryServiceIsRefusedByName() {
        given().queryParam("cycle", "2015!2018").when().get(INSTRUMENTS).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", org.hamcrest.Matchers.equalTo("cycle"));
        given().queryParam("cycle", "x".repeat(41)).when().get(INSTRUMENTS).then().statusCode(400);
        given().queryParam("cycle", "III.Work-Plan_2023").when().get(INSTRUMENTS).then().statusCode(200);
    }

    @Test
    void everyBaselineInstrumentIsVersionOneReportedBy2015To2018() throws SQLException {
        assertEquals(350, count("select count(*) from instrument i join instrument_version v on v.instrument_id = i.id"
                + " where i.provenance_source = 'REPORT_BASELINE' and i.revision = 1 and v.revision = 1 and v.origin = 'BASELINE'"
                + " and v.cycle = '2015-2018' and v.valid_from is null and v.subject = 'baseline-import'"
                + " and v.data ->> 'title' = i.title and (v.data ->> 'id')::bigint = i.id and v.data ->> 'status' = 'IN_FORCE'"
                + " and v.data -> 'provenance' ->> 'note' = i.provenance_note"));
        assertEquals(350, count("select count(*) from instrument_cycle c join instrument i on i.id = c.instrument_id"
                + " where i.provenance_source = 'REPORT_BASELINE' and c.cycle = '2015-2018' and c.action = 'REPORTED' and c.revision = 1"));
        // the detail group is the API's: a plan's successor, a channel's features
        assertEquals(0, count("select count(*) from instrument i join instrument_version v on v.instrument_id = i.id"
                + " where i.provenance_source = 'REPORT_BASELINE' and ((i.successor_id is not null"
                + " and (v.data -> 'plan' ->> 'successorId')::bigint <> i.successor_id)"
                + " or (i.features is not null and jsonb_array_length(v.data -> 'channel' -> 'features') <> cardinality(i.features)))"));
        long id = count("select min(id) from instrument where provenance_source = 'REPORT_BASELINE'");
        given().when().get(INSTRUMENTS + "/" + id).then().statusCode(200)
                .body("revision", equalTo(1)).body("status", equalTo("IN_FORCE"))
                .body("provenance.cycles.cycle", contains("2015-2018")).body("provenance.cycles[0].action", equalTo("REPORTED"));
    }

    @Test
    void theMigratedVersionIsTheInstrumentAsTheApiShowsIt() {
        for (String kind : List.of("PLAN", "REPORTING_CHANNEL", "INTER_AGENCY_BODY", "LAW")) {
            long id = given().queryParam("kind", kind).queryParam("cycle", "2015-2018").queryParam("limit", 1).get(INSTRUMENTS)
                    .then().statusCode(200).extract().jsonPath().getLong("items[0].id");
            Map<String, Object> current = new HashMap<>(given().get(INSTRUMENTS + "/" + id).then().extract().jsonPath().getMap("$"));
            Map<String, Object> version = given().auth().oauth2(TestTokens.admin()).get(INSTRUMENTS + "/" + id + "/versions")
                    .then().statusCode(200).body("origin", contains("BASELINE")).body("[0].validFrom", nullValue())
                    .extract().jsonPath().getMap("[0].instrument");
            @SuppressWarnings("unchecked")
            Map<String, Object> provenance = new HashMap<>((Map<String, Object>) current.get("provenance"));
            provenance.remove("cycles");
            provenance.values().removeIf(java.util.Objects::isNull);
            current.put("provenance", provenance);
            // timestamps are the same instants, written by PostgreSQL in the migration and by Jackson in the API
            for (String at : List.of("createdAt", "updatedAt")) {
                assertEquals(OffsetDateTime.parse((String) current.remove(at)).toInstant(),
                        OffsetDateTime.parse((String) version.remove(at)).toInstant(), kind + " " + at);
            }
            assertEquals(withoutNulls(current), withoutNulls(version), kind);
        }
    }

    @Test
    void eachDirectChangeIsANewRevision() {
        InstrumentData unit = InstrumentData.of("COL", "SPECIALIZED_UNIT", "Grupo " + InstrumentData.marker())
                .with("unit", Map.of("sphere", "POLICE"));
        long id = unit.post(TestTokens.focalPoint("COL")).statusCode(201)
                .body("revision", equalTo(1)).body("provenance.source", equalTo("COUNTRY_ENTRY"))
                .body("provenance.cycles", hasSize(0)).extract().jsonPath().getLong("id");
        unit.with("unit", Map.of("sphere", "PROSECUTOR"));
        given().auth().oauth2(TestTokens.admin()).header("If-Match", "\"0\"").contentType("application/json").body(unit.body())
                .when().put(INSTRUMENTS + "/" + id).then().statusCode(200)
                .body("revision", equalTo(2)).body("provenance.source", equalTo("COUNTRY_ENTRY"));
        given().auth().oauth2(TestTokens.admin()).header("If-Match", "\"1\"")
                .when().post(INSTRUMENTS + "/" + id + "/verification").then().statusCode(200).body("revision", equalTo(2));
    }

    @Test
    void provenanceIsTheSystemsToSay() {
        String m = InstrumentData.marker();
        InstrumentData.of("ARG", "LAW", m + " ley").with("provenance", Map.of("source", "REPORT_BASELINE"))
                .post(TestTokens.admin()).statusCode(400).body("violations.field", contains("provenance.source"));
        InstrumentData.of("ARG", "LAW", m + " ley").with("provenance", Map.of("source", "DESK_RESEARCH"))
                .post(TestTokens.focalPoint("ARG")).statusCode(400).body("violations.field", contains("provenance.source"));
        InstrumentData.of("ARG", "LAW", m + " ley").with("provenance", Map.of("cycle", "2015-2018", "question", "Appendix 6"))
                .post(TestTokens.focalPoint("ARG")).statusCode(400)
                .body("violations.field", contains("provenance.cycle", "provenance.question"));
        InstrumentData law = InstrumentData.of("ARG", "LAW", m + " ley")
                .with("provenance", Map.of("source", "COUNTRY_ENTRY", "note", "from the official gazette"));
        long id = law.post(TestTokens.focalPoint("ARG")).statusCode(201).body("provenance.note", equalTo("from the official gazette"))
                .extract().jsonPath().getLong("id");
        // sending back what was read is not a claim; changing the source, country or kind is
        given().auth().oauth2(TestTokens.admin()).header("If-Match", "\"0\"").contentType("application/json").body(law.body())
                .when().put(INSTRUMENTS + "/" + id).then().statusCode(200).body("provenance.source", equalTo("COUNTRY_ENTRY"));
        law.with("provenance", Map.of("source", "CYCLE_ANSWER")).with("country", "URY").with("kind", "PLAN");
        given().auth().oauth2(TestTokens.admin()).header("If-Match", "\"1\"").contentType("application/json").body(law.body())
                .when().put(INSTRUMENTS + "/" + id).then().statusCode(400)
                .body("violations.field", contains("country", "kind", "provenance.source"));
        given().auth().oauth2(TestTokens.admin()).when().get(INSTRUMENTS + "/" + id).then().body("revision", equalTo(2));
    }

    @Test
    void aSuccessorIsAPlanOfTheSameCountry() {
        String m = InstrumentData.marker();
        long mexPlan = InstrumentData.of("MEX", "PLAN", m + " programa").create(TestTokens.admin());
        long argLaw = InstrumentData.of("ARG", "LAW", m + " ley").create(TestTokens.admin());
        long argPlan = InstrumentData.of("ARG", "PLAN", m + " plan 2020-2022").years(2020, 2022).create(TestTokens.admin());
        for (long successor : new long[]{mexPlan, argLaw, 999999}) {
            InstrumentData.of("ARG", "PLAN", m + " plan").with("plan", Map.of("successorId", successor))
                    .post(TestTokens.admin()).statusCode(400).body("violations.field", contains("plan.successorId"));
        }
        InstrumentData older = InstrumentData.of("ARG", "PLAN", m + " plan 2017-2019").years(2017, 2019)
                .with("plan", Map.of("successorId", argPlan));
        long id = older.post(TestTokens.focalPoint("ARG")).statusCode(201).body("plan.successorId", equalTo((int) argPlan))
                .extract().jsonPath().getLong("id");
        older.with("plan", Map.of("successorId", id));
        given().auth().oauth2(TestTokens.admin()).header("If-Match", "\"0\"").contentType("application/json").body(older.body())
                .when().put(INSTRUMENTS + "/" + id).then().statusCode(400).body("violations.field", contains("plan.successorId"));
    }

    /** Absent and null mean the same to a reader (the API writes nulls inside detail groups, the migration leaves them out). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> withoutNulls(Map<String, Object> map) {
        Map<String, Object> copy = new HashMap<>();
        map.forEach((k, v) -> {
            if (v instanceof Map<?, ?> nested) {
                copy.put(k, withoutNulls((Map<String, Object>) nested));
            } else if (v != null) {
                copy.put(k, v);
            }
        });
        return copy;
    }

    private long count(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
