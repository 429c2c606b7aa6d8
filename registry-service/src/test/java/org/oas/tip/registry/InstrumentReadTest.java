package org.oas.tip.registry;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oas.tip.testing.PostgresTestResource;
import org.oas.tip.testing.TestTokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.oas.tip.registry.InstrumentData.INSTRUMENTS;

/** Lists, filters, pagination, CSV and full-text search over a small dataset of this test's own. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class InstrumentReadTest {

    private static final String m = InstrumentData.marker();
    private static long argLine;
    private static long mexPlan;
    private static long arg2008Law;
    private static long jamUnit;
    private static long restrictedArg;

    /** Created once, before the first test (tokens need the running app's OIDC test server, so not in a static block). */
    @BeforeEach
    void dataset() {
        if (argLine != 0) {
            return;
        }
        String admin = TestTokens.admin();
        argLine = InstrumentData.hotline("ARG", m + " Línea 145 de Protección a Víctimas", "145", "FREE", "H24", "ANONYMOUS").create(admin);
        mexPlan = InstrumentData.of("MEX", "PLAN", m + " Programa Nacional para Prevenir la Trata").years(2014, 2018)
                .with("plan", Map.of("planType", "PROGRAM")).create(admin);
        arg2008Law = InstrumentData.of("ARG", "LAW", m + " Ley de Prevención y Sanción de la Trata").years(2008, null)
                .with("institution", "Congreso de la Nación").create(admin);
        jamUnit = InstrumentData.of("JAM", "SPECIALIZED_UNIT", m + " Trafficking in Persons Unit")
                .with("unit", Map.of("sphere", "POLICE")).create(admin);
        restrictedArg = InstrumentData.of("ARG", "PROTOCOL", m + " Protocolo reservado").restricted()
                .with("protocol", Map.of("kind", "RISK_ASSESSMENT")).create(admin);
    }

    private List<Integer> ids(Map<String, Object> params, String token) {
        var request = given().queryParams(params).queryParam("q", m).queryParam("limit", 500);
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.when().get(INSTRUMENTS).then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    private static List<Integer> of(long... ids) {
        List<Integer> list = new ArrayList<>();
        for (long id : ids) {
            list.add((int) id);
        }
        return list;
    }

    @Test
    void filtersNarrowTheList() {
        assertEquals(of(argLine, arg2008Law), ids(Map.of("country", "ARG"), null));
        assertEquals(of(argLine), ids(Map.of("kind", "REPORTING_CHANNEL", "channelType", "DEDICATED_TIP_LINE", "feature", "FREE"), null));
        assertEquals(of(), ids(Map.of("feature", "MULTILINGUAL"), null));
        assertEquals(of(jamUnit), ids(Map.of("sphere", "POLICE"), null));
        assertEquals(of(mexPlan), ids(Map.of("subregion", "NORTH_AMERICA"), null));
        // a period overlaps the range; a single year (a law's adoption) must fall in it
        assertEquals(of(mexPlan), ids(Map.of("yearFrom", 2015, "yearTo", 2016), null));
        assertEquals(of(mexPlan, arg2008Law), ids(Map.of("yearFrom", 2006, "yearTo", 2015), null));
        assertEquals(of(arg2008Law), ids(Map.of("inForceAt", "2020-01-01"), null));
        assertEquals(of(mexPlan, arg2008Law), ids(Map.of("inForceAt", "2016-06-30"), null));
        assertEquals(of(), ids(Map.of("verified", true), null));
    }

    @Test
    void restrictedInstrumentsOnlyForTheEntitled() {
        assertEquals(of(argLine, arg2008Law), ids(Map.of("country", "ARG"), TestTokens.focalPoint("MEX")));
        assertEquals(of(argLine, arg2008Law, restrictedArg), ids(Map.of("country", "ARG"), TestTokens.focalPoint("ARG")));
        assertEquals(of(argLine, arg2008Law, restrictedArg), ids(Map.of("country", "ARG"), TestTokens.analyst()));
        given().when().get(INSTRUMENTS + "/" + restrictedArg).then().statusCode(404);
        given().auth().oauth2(TestTokens.focalPoint("MEX")).when().get(INSTRUMENTS + "/" + restrictedArg).then().statusCode(404);
        given().auth().oauth2(TestTokens.focalPoint("ARG")).when().get(INSTRUMENTS + "/" + restrictedArg).then().statusCode(200);
    }

    @Test
    void cursorPagesAreStableAndComplete() {
        List<Integer> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("q", m).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.when().get(INSTRUMENTS).then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            cursor = page.getString("next");
        } while (cursor != null);
        assertEquals(of(argLine, mexPlan, arg2008Law, jamUnit), seen);
        given().queryParam("cursor", "garbage!").when().get(INSTRUMENTS).then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void badFilterValuesAreNamed() {
        given().queryParam("kind", "POEM").when().get(INSTRUMENTS).then().statusCode(400).body("violations[0].field", equalTo("kind"));
        given().queryParam("inForceAt", "yesterday").when().get(INSTRUMENTS).then().statusCode(400).body("violations[0].field", equalTo("inForceAt"));
        given().queryParam("limit", 0).when().get(INSTRUMENTS).then().statusCode(400).body("violations[0].field", equalTo("limit"));
        given().queryParam("yearFrom", 2018).queryParam("yearTo", 2010).when().get(INSTRUMENTS).then().statusCode(400);
    }

    @Test
    void csvExportHasEveryRowAndAHeader() {
        String csv = given().accept("text/csv").queryParam("q", m).when().get(INSTRUMENTS)
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        String[] lines = csv.strip().split("\r\n");
        assertEquals(5, lines.length, csv);
        assertEquals(true, lines[0].startsWith("id,country,kind,title"));
        assertEquals(true, csv.contains("DEDICATED_TIP_LINE") && csv.contains("FREE;ANONYMOUS;H24"), csv);
    }

    @Test
    void searchIgnoresAccentsAndCaseAndRanksTitlesFirst() {
        given().queryParam("q", m + " proteccion victimas").when().get(INSTRUMENTS + "/search")
                .then().statusCode(200).body("instrument.id", equalTo(of(argLine)));
        given().queryParam("q", m + " PREVENCION").when().get(INSTRUMENTS + "/search")
                .then().statusCode(200).body("instrument.id", containsInAnyOrder((int) arg2008Law));
        given().queryParam("q", m + " trata").queryParam("kind", "PLAN").when().get(INSTRUMENTS + "/search")
                .then().statusCode(200).body("instrument.id", equalTo(of(mexPlan)));
        given().queryParam("q", m + " congreso").when().get(INSTRUMENTS + "/search")
                .then().statusCode(200).body("instrument.id", equalTo(of(arg2008Law)));
        given().queryParam("q", m + " reservado").when().get(INSTRUMENTS + "/search").then().body("$", hasSize(0));
        given().when().get(INSTRUMENTS + "/search").then().statusCode(400).body("violations[0].field", equalTo("q"));
    }

    @Test
    void titleMatchesOutrankInstitutionMatches() {
        String w = InstrumentData.marker();
        long inInstitution = InstrumentData.of("URY", "WEBSITE", w + " portal").with("institution", "Ministerio Tesoro").create(TestTokens.admin());
        long inTitle = InstrumentData.of("URY", "WEBSITE", w + " Tesoro portal").create(TestTokens.admin());
        given().queryParam("q", w + " tesoro").when().get(INSTRUMENTS + "/search")
                .then().statusCode(200).body("instrument.id", equalTo(of(inTitle, inInstitution)));
    }

    @Test
    void directoryIsPublicAndScoresTheSixCoreFeatures() {
        given().queryParam("country", "arg").when().get("/api/registry/v1/directory/channels")
                .then().statusCode(200)
                .body("[0].country", equalTo("ARG"))
                .body("[0].channels.find { it.id == " + argLine + " }.coreFeaturesMet", equalTo(2))
                .body("[0].channels.find { it.id == " + argLine + " }.coreFeatures.FREE", equalTo(true))
                .body("[0].channels.find { it.id == " + argLine + " }.coreFeatures.MULTILINGUAL", equalTo(false))
                .body("[0].channels.find { it.id == " + argLine + " }.otherFeatures", equalTo(List.of("H24")));
        given().queryParam("type", "SMOKE_SIGNAL").when().get("/api/registry/v1/directory/channels").then().statusCode(400);
    }

    @Test
    void newChannelsAppearInTheDirectoryAtOnce() {
        String w = InstrumentData.marker();
        given().queryParam("country", "GUY").when().get("/api/registry/v1/directory/channels").then().statusCode(200);
        long id = InstrumentData.hotline("GUY", w + " Guyana hotline", "227-4083", "FREE").create(TestTokens.focalPoint("GUY"));
        given().queryParam("country", "GUY").when().get("/api/registry/v1/directory/channels")
                .then().statusCode(200).body("[0].channels.find { it.id == " + id + " }.title", equalTo(w + " Guyana hotline"));
        long hidden = InstrumentData.hotline("GUY", w + " internal line", "227-0000").restricted().create(TestTokens.admin());
        given().queryParam("country", "GUY").when().get("/api/registry/v1/directory/channels")
                .then().statusCode(200).body("[0].channels.find { it.id == " + hidden + " }", nullValue());
    }
}
