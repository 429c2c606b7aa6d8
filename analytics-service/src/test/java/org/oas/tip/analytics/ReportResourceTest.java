package org.oas.tip.analytics;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oas.tip.analytics.indicator.Catalogue;
import org.oas.tip.testing.PostgresTestResource;
import org.oas.tip.testing.TestTokens;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.oas.tip.analytics.Reports.REPORTS;

/**
 * Reports of the stub's cycle (see {@link SourceStub}): the lifecycle DRAFT, COUNTRY_REVIEW, FINAL, who reads them at each
 * stage, the countries' comments, the published drill-down (MEX's law is RESTRICTED, so its id is never published while
 * MEX still counts), the charts and the HTML document.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(SourceStub.class)
class ReportResourceTest {

    private static long snapshot;

    @BeforeEach
    void snapshot() {
        if (snapshot == 0) {
            snapshot = Snapshots.take();
        }
    }

    @Test
    void aReportGoesFromDraftThroughCountryReviewToFinal() {
        String location = given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(Map.of("snapshotId", snapshot)).when().post(REPORTS)
                .then().statusCode(201).header("Location", containsString("/api/analytics/v1/reports/"))
                .body("status", equalTo("DRAFT")).body("cycle", equalTo("2015-2018"))
                .body("title", equalTo("Progress report 2015-2018")).body("snapshotId", equalTo((int) snapshot))
                .extract().header("Location");
        long id = Long.parseLong(location.replaceAll(".*/", ""));

        given().when().get(REPORTS + "/" + id).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.focalPoint("ARG")).when().get(REPORTS + "/" + id).then().statusCode(404);
        given().auth().oauth2(TestTokens.analyst()).when().get(REPORTS + "/" + id).then().statusCode(200)
                .body("sections.section", contains("A", "B", "C", "D", "E", "F", "G"));

        String etag = Reports.etag(id);
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(Map.of("status", "COUNTRY_REVIEW"))
                .when().put(REPORTS + "/" + id + "/status").then().statusCode(428).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.admin()).header("If-Match", "\"99\"").contentType("application/json")
                .body(Map.of("status", "COUNTRY_REVIEW")).when().put(REPORTS + "/" + id + "/status").then().statusCode(412);
        given().auth().oauth2(TestTokens.admin()).header("If-Match", etag).contentType("application/json")
                .body(Map.of("status", "FINAL")).when().put(REPORTS + "/" + id + "/status")
                .then().statusCode(409).body("detail", containsString("can only move to COUNTRY_REVIEW"));
        given().auth().oauth2(TestTokens.admin()).header("If-Match", etag).contentType("application/json")
                .body(Map.of("status", "COUNTRY_REVIEW")).when().put(REPORTS + "/" + id + "/status")
                .then().statusCode(200).body("status", equalTo("COUNTRY_REVIEW")).body("reviewStartedAt", notNullValue());

        given().auth().oauth2(TestTokens.focalPoint("ARG")).when().get(REPORTS + "/" + id).then().statusCode(200);
        given().when().get(REPORTS + "/" + id).then().statusCode(404);
        given().when().get(REPORTS).then().statusCode(200).body("id", not(hasItem((int) id)));

        Reports.move(id, "FINAL");
        given().when().get(REPORTS + "/" + id).then().statusCode(200).body("status", equalTo("FINAL"))
                .body("finalizedAt", notNullValue());
        given().when().get(REPORTS).then().statusCode(200).body("id", hasItem((int) id));
        given().auth().oauth2(TestTokens.admin()).header("If-Match", Reports.etag(id)).contentType("application/json")
                .body(Map.of("status", "FINAL")).when().put(REPORTS + "/" + id + "/status")
                .then().statusCode(409).body("detail", containsString("never changes"));
    }

    @Test
    void focalPointsCommentForTheirOwnCountryDuringReviewOnly() {
        long draft = Reports.draft(snapshot);
        given().auth().oauth2(TestTokens.focalPoint("ARG")).contentType("application/json")
                .body(Map.of("section", "E", "text", "Early")).when().post(REPORTS + "/" + draft + "/comments").then().statusCode(404);
        long id = Reports.in(snapshot, "COUNTRY_REVIEW");
        given().auth().oauth2(TestTokens.focalPoint("ARG")).contentType("application/json")
                .body(Map.of("section", "E", "text", "Line 145 is multilingual since 2019."))
                .when().post(REPORTS + "/" + id + "/comments")
                .then().statusCode(201).body("country", equalTo("ARG")).body("section", equalTo("E"))
                .body("author", equalTo("focal-arg"));
        given().auth().oauth2(TestTokens.focalPoint("MEX")).contentType("application/json")
                .body(Map.of("section", "APPENDICES", "text", "Our protocol is missing.")).when().post(REPORTS + "/" + id + "/comments")
                .then().statusCode(201).body("country", equalTo("MEX"));
        given().auth().oauth2(TestTokens.focalPoint("MEX")).when().get(REPORTS + "/" + id + "/comments")
                .then().statusCode(200).body("country", contains("MEX"));
        given().auth().oauth2(TestTokens.focalPoint("ARG")).when().get(REPORTS + "/" + id + "/comments")
                .then().statusCode(200).body("text", contains("Line 145 is multilingual since 2019."));
        given().auth().oauth2(TestTokens.analyst()).when().get(REPORTS + "/" + id + "/comments")
                .then().statusCode(200).body("country", contains("ARG", "MEX"));

        given().auth().oauth2(TestTokens.focalPoint("ARG")).contentType("application/json")
                .body(Map.of("section", "H", "text", " ")).when().post(REPORTS + "/" + id + "/comments")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.focalPoint("ARG")).contentType("application/json")
                .body(Map.of("section", "H", "text", "Something")).when().post(REPORTS + "/" + id + "/comments")
                .then().statusCode(400).body("violations[0].field", equalTo("section"))
                .body("violations[0].message", containsString("APPENDICES"));
        Reports.move(id, "FINAL");
        given().auth().oauth2(TestTokens.focalPoint("ARG")).contentType("application/json")
                .body(Map.of("section", "E", "text", "Late")).when().post(REPORTS + "/" + id + "/comments")
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.analyst()).when().get(REPORTS + "/" + id + "/comments")
                .then().statusCode(200).body("text", not(hasItem("Late")));
    }

    @Test
    void aPublishedFigureNeverLeadsToARestrictedRecord() {
        long id = Reports.in(snapshot, "FINAL");
        given().when().get(REPORTS + "/" + id + "/indicators/D.legal_path").then().statusCode(200)
                .body("buckets.find { it.key == 'CRIMINAL_CODE' }.countries", contains("MEX"))
                .body("buckets.find { it.key == 'CRIMINAL_CODE' }.recordIds", empty())
                .body("buckets.find { it.key == 'COMPREHENSIVE_LAW' }.recordIds", contains(1))
                .body("notes", not(hasItem(containsString("URY"))));
        given().auth().oauth2(TestTokens.analyst()).when().get(Snapshots.API + "/snapshots/" + snapshot + "/indicators/D.legal_path")
                .then().statusCode(200).body("buckets.find { it.key == 'CRIMINAL_CODE' }.recordIds", contains(2));
        String csv = given().accept("text/csv").when().get(REPORTS + "/" + id + "/indicators/D.legal_path")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertTrue(csv.contains("CRIMINAL_CODE,Directly in the Criminal Code,1,50.0,MEX,,"), csv);
        given().when().get(REPORTS + "/" + id + "/indicators/Z.nothing").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void everyFigureIsAWellFormedSvgChart() throws Exception {
        long id = Reports.in(snapshot, "FINAL");
        for (var d : Catalogue.standard().all()) {
            String svg = given().when().get(REPORTS + "/" + id + "/figures/" + d.code())
                    .then().statusCode(200).contentType(startsWith("image/svg+xml")).extract().asString();
            Document doc = parse(svg);
            assertEquals("svg", doc.getDocumentElement().getLocalName(), d.code());
            assertEquals("http://www.w3.org/2000/svg", doc.getDocumentElement().getNamespaceURI(), d.code());
        }
        String svg = given().when().get(REPORTS + "/" + id + "/figures/D.legal_path").then().extract().asString();
        assertTrue(svg.contains("Comprehensive law") && svg.contains("Directly in the Criminal Code"), svg);
        given().when().get(REPORTS + "/" + id + "/figures/Z.nothing").then().statusCode(404);
        given().auth().oauth2(TestTokens.analyst()).accept("image/svg+xml")
                .when().get(Snapshots.API + "/snapshots/" + snapshot + "/indicators/D.legal_path")
                .then().statusCode(200).contentType(startsWith("image/svg+xml")).body(containsString("Legal path"));
    }

    @Test
    void theHtmlReportAssemblesEverySectionTheFiguresAndThePublicInventories() {
        long id = Reports.in(snapshot, "FINAL");
        String html = given().accept("text/html").when().get(REPORTS + "/" + id)
                .then().statusCode(200).contentType(startsWith("text/html")).extract().asString();
        for (String section : new String[] {"Section A: National Authority", "Section B: Legislation, Policies and Plans",
                "Section C: Characterization", "Section D: Prosecuting", "Section E: Identification, Assistance",
                "Section F: Information Systems", "Section G: Gender Perspective", "SDG indicator 16.2.2",
                "Appendix 6: Laws characterizing", "Appendix 13: Statistical reports", "Data notes"}) {
            assertTrue(html.contains(section), "missing " + section);
        }
        for (var d : Catalogue.standard().all()) {
            Matcher figure = Pattern.compile("<figure id=\"" + Pattern.quote(d.code()) + "\">(.*?)</figure>", Pattern.DOTALL).matcher(html);
            assertTrue(figure.find(), "no figure " + d.code());
            assertEquals(1, count(figure.group(1), "<svg"), "one chart in figure " + d.code());
            assertTrue(figure.group(1).contains("<table>"), "a table in figure " + d.code());
        }
        assertTrue(html.contains("<td>Argentina</td><td>Law 1</td>"), "ARG's public law in Appendix 6");
        assertFalse(html.contains("Law 2"), "MEX's restricted law is not published");
        assertFalse(html.contains("Law 3"), "URY did not respond; its law is not in the snapshot's respondents' inventories");
        assertFalse(html.contains("Draft:"), "a FINAL report carries no draft banner");

        long draft = Reports.draft(snapshot);
        given().auth().oauth2(TestTokens.analyst()).accept("text/html").when().get(REPORTS + "/" + draft)
                .then().statusCode(200).body(containsString("Draft: for the secretariat and analysts"));
        given().accept("text/html").when().get(REPORTS + "/" + draft).then().statusCode(404);
    }

    @Test
    void badRequestsAreProblems() {
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(Map.of("snapshotId", 987654))
                .when().post(REPORTS).then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("snapshotId"));
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(Map.of("title", "No snapshot"))
                .when().post(REPORTS).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(containsString("snapshotId")));
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body("{\"snapshotId\": \"one\"}")
                .when().post(REPORTS).then().statusCode(400).contentType("application/problem+json");
        long id = Reports.draft(snapshot);
        given().auth().oauth2(TestTokens.admin()).header("If-Match", Reports.etag(id)).contentType("application/json")
                .body(Map.of("status", "PUBLISHED")).when().put(REPORTS + "/" + id + "/status")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.admin()).when().get(REPORTS + "/987654").then().statusCode(404);
        given().auth().oauth2(TestTokens.admin()).queryParam("status", "NOPE").when().get(REPORTS).then().statusCode(400);
    }

    private static int count(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
