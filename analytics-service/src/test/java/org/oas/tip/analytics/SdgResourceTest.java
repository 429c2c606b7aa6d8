package org.oas.tip.analytics;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oas.tip.testing.PostgresTestResource;
import org.oas.tip.testing.TestTokens;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.oas.tip.analytics.Reports.REPORTS;

/**
 * SDG 16.2.2 through the API, on the stub's answers: ARG reported 120 + 30 + 3 = 153 victims in 2017; with the
 * secretariat's population of 44,000,000 that is 153 * 100,000 / 44,000,000 = 0.348 per 100,000. The snapshot (restricted)
 * shows the child cell of 3; a published report hides it (threshold 5) and the cells that would give it away.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(SourceStub.class)
class SdgResourceTest {

    private static final String CHILD_CELL = "find { it.country == 'ARG' && it.sex == 'F' && it.age == 'Y0T17' && it.exploitation == 'SEXUAL' }";
    private static final String ARG_TOTAL = "find { it.country == 'ARG' && it.sex == '_T' && it.age == '_T' && it.exploitation == '_T' }";

    private static long snapshot;

    @BeforeEach
    void snapshotWithPopulation() {
        if (snapshot == 0) {
            given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                    .body(Map.of("population", 44_000_000, "source", "test figure")).when().put(Snapshots.API + "/populations/ARG/2017")
                    .then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
            snapshot = Snapshots.take();
        }
    }

    @Test
    void aSnapshotGivesEveryCountAndTheRates() {
        given().auth().oauth2(TestTokens.analyst()).when().get(Snapshots.API + "/snapshots/" + snapshot + "/sdg-16-2-2")
                .then().statusCode(200)
                .body("suppressionThreshold", nullValue())
                .body("countries", contains("ARG"))
                .body("observations." + ARG_TOTAL + ".count", equalTo(153))
                .body("observations." + ARG_TOTAL + ".ratePer100k", equalTo(0.348f))
                .body("observations." + ARG_TOTAL + ".series", equalTo("VC_HTF_DETV"))
                .body("observations." + ARG_TOTAL + ".rateNature", equalTo("CA"))
                .body("observations." + CHILD_CELL + ".count", equalTo(3))
                .body("observations." + CHILD_CELL + ".series", equalTo("VC_HTF_DETVSX"))
                .body("observations." + CHILD_CELL + ".entries", contains(2));
    }

    @Test
    void aPublishedReportSuppressesSmallCounts() throws IOException {
        long report = Reports.in(snapshot, "FINAL");
        given().when().get(REPORTS + "/" + report + "/sdg-16-2-2").then().statusCode(200)
                .body("suppressionThreshold", equalTo(5))
                .body("observations." + CHILD_CELL + ".suppressed", equalTo(true))
                .body("observations." + CHILD_CELL + ".count", nullValue())
                .body("observations." + CHILD_CELL + ".ratePer100k", nullValue())
                .body("observations." + ARG_TOTAL + ".count", equalTo(153));

        String csv = given().accept("text/csv").when().get(REPORTS + "/" + report + "/sdg-16-2-2")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        // the SDG file (layout changed on purpose with issue 14): every DSD dimension, series per form group, area 32
        assertTrue(csv.startsWith("DATAFLOW,FREQ,REPORTING_TYPE,SERIES,REF_AREA,SEX,AGE,URBANISATION,"), csv);
        CSVRecord child = rows.stream().filter(r -> r.get("REF_AREA").equals("32") && r.get("SERIES").equals("VC_HTF_DETVSX")
                && r.get("SEX").equals("F") && r.get("AGE").equals("Y0T17")).findFirst().orElseThrow();
        assertEquals(List.of("NaN", "Q"), List.of(child.get("OBS_VALUE"), child.get("OBS_STATUS")));
        CSVRecord total = rows.stream().filter(r -> r.get("REF_AREA").equals("32") && r.get("SERIES").equals("VC_HTF_DETVR")
                && r.get("SEX").equals("_T") && r.get("AGE").equals("_T")).findFirst().orElseThrow();
        assertEquals(List.of("IAEG-SDGs:DF_SDG_GLC(1.22)", "0.348", "A", "PER_100000_POP", "CA"), List.of(total.get("DATAFLOW"),
                total.get("OBS_VALUE"), total.get("OBS_STATUS"), total.get("UNIT_MEASURE"), total.get("NATURE")));
        assertTrue(rows.stream().allMatch(r -> r.get("REF_AREA").equals("32")), "no regional total in the SDG file");

        String v2 = given().accept("application/vnd.sdmx.data+csv; version=2.0.0").when()
                .get(REPORTS + "/" + report + "/sdg-16-2-2/export.csv").then().statusCode(200).extract().asString();
        assertTrue(v2.startsWith("STRUCTURE,STRUCTURE_ID,ACTION,FREQ,"), v2);
        assertTrue(v2.contains("\ndataflow,IAEG-SDGs:DF_SDG_GLC(1.22),I,A,N,VC_HTF_DETV,32,_T,_T,"), v2);

        String unsuppressed = given().auth().oauth2(TestTokens.analyst()).accept("text/csv")
                .when().get(Snapshots.API + "/snapshots/" + snapshot + "/sdg-16-2-2").then().statusCode(200).extract().asString();
        assertTrue(unsuppressed.contains(",VC_HTF_DETVSX,32,F,Y0T17,_T,_T,_T,_T,_T,_T,_T,_T,_T,2017,3,A,0,NUMBER,C"), unsuppressed);

        // the form detail stays in the project's own CSV, hidden as in the JSON, with the regional total
        String observations = given().when().get(REPORTS + "/" + report + "/sdg-16-2-2/observations.csv")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertTrue(observations.startsWith("country,year,series,sex,age,exploitation,count,countNature,ratePer100k,"), observations);
        assertTrue(observations.contains("\nARG,2017,VC_HTF_DETVSX,F,Y0T17,SEXUAL,,C,,CA,44000000,true,"), observations);
        assertTrue(observations.contains("\nARG,2017,VC_HTF_DETV,_T,_T,_T,153,C,0.348,CA,44000000,false,"), observations);
        assertTrue(observations.contains("\nOAS,2017,VC_HTF_DETV,_T,_T,_T,153,"), observations);

        given().accept("text/html").when().get(REPORTS + "/" + report).then().statusCode(200)
                .body(containsString("Detected victims per 100,000 population"))
                .body(containsString("<td class=\"n suppressed\">suppressed</td>"));
    }
}
