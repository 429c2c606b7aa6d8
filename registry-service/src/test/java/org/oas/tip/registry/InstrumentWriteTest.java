package org.oas.tip.registry;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.oas.tip.testing.PostgresTestResource;
import org.oas.tip.testing.TestTokens;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.oas.tip.registry.InstrumentData.INSTRUMENTS;

/** Creating and changing instruments: validation, concurrency control, idempotency, history, verification. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class InstrumentWriteTest {

    @Test
    void secretariatCreatesAndEveryoneReadsWithAnEtag() {
        long id = InstrumentData.of("ARG", "LAW", "Ley 26.364 de Prevención y Sanción de la Trata de Personas")
                .years(2008, null).with("language", "es")
                .with("law", Map.of("legalPath", "COMPREHENSIVE_LAW", "lawNumber", "26.364"))
                .post(TestTokens.admin()).statusCode(201)
                .header("Location", containsString(INSTRUMENTS + "/")).header("ETag", "\"0\"")
                .body("verified", equalTo(false)).body("provenance.source", equalTo("DESK_RESEARCH"))
                .extract().jsonPath().getLong("id");
        given().when().get(INSTRUMENTS + "/" + id).then().statusCode(200)
                .header("ETag", "\"0\"").body("law.lawNumber", equalTo("26.364")).body("channel", nullValue());
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsStored() {
        String marker = InstrumentData.marker();
        InstrumentData.of("XXX", "REPORTING_CHANNEL", marker + " bad line").years(2016, 2012)
                .with("link", "ftp://example.org/plan.pdf")
                .with("channel", Map.of("type", "DEDICATED_TIP_LINE", "contact", "call the police"))
                .with("law", Map.of("lawNumber", "1"))
                .post(TestTokens.admin())
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("country", "yearEnd", "link", "channel.contact", "law"));
        InstrumentData.of("ARG", "PLAN", marker + " plan").years(1850, 2300).with("language", "Spanish")
                .post(TestTokens.admin())
                .statusCode(400).body("violations.field", hasItems("yearStart", "yearEnd", "language"));
        given().queryParam("q", marker).when().get(INSTRUMENTS).then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void unknownKindOrWrongTypeIs400() {
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(Map.of("country", "ARG", "kind", "POEM", "title", "x"))
                .when().post(INSTRUMENTS).then().statusCode(400).contentType("application/problem+json").body("violations.field", contains("kind"));
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(Map.of("country", "ARG", "kind", "LAW", "title", "x", "yearStart", "two thousand"))
                .when().post(INSTRUMENTS).then().statusCode(400).contentType("application/problem+json").body("violations.field", contains("yearStart"));
    }

    @Test
    void changesNeedTheCurrentEtag() {
        InstrumentData plan = InstrumentData.of("MEX", "PLAN", "Programa Nacional " + InstrumentData.marker()).years(2014, 2018)
                .with("plan", Map.of("planType", "PROGRAM"));
        long id = plan.create(TestTokens.focalPoint("MEX"));
        String path = INSTRUMENTS + "/" + id;
        plan.with("yearEnd", 2019);
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(plan.body())
                .when().put(path).then().statusCode(428).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.admin()).header("If-Match", "\"5\"").contentType("application/json").body(plan.body())
                .when().put(path).then().statusCode(412).header("ETag", "\"0\"");
        given().auth().oauth2(TestTokens.focalPoint("MEX")).header("If-Match", "\"0\"").contentType("application/json").body(plan.body())
                .when().put(path).then().statusCode(200).header("ETag", "\"1\"").body("yearEnd", equalTo(2019));
        given().when().get(path).then().body("yearEnd", equalTo(2019));
    }

    @Test
    void idempotencyKeyReplaysAndRefusesAnotherBody() {
        String marker = InstrumentData.marker();
        InstrumentData body = InstrumentData.hotline("USA", marker + " National Human Trafficking Hotline", "1-888-373-7888", "FREE", "H24");
        long first = given().auth().oauth2(TestTokens.focalPoint("USA")).header("Idempotency-Key", marker)
                .contentType("application/json").body(body.body()).when().post(INSTRUMENTS)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(TestTokens.focalPoint("USA")).header("Idempotency-Key", marker)
                .contentType("application/json").body(body.body()).when().post(INSTRUMENTS)
                .then().statusCode(200).body("id", equalTo((int) first));
        body.with("title", marker + " another title");
        given().auth().oauth2(TestTokens.focalPoint("USA")).header("Idempotency-Key", marker)
                .contentType("application/json").body(body.body()).when().post(INSTRUMENTS)
                .then().statusCode(422).contentType("application/problem+json");
        given().queryParam("q", marker).when().get(INSTRUMENTS).then().body("items", hasSize(1));
    }

    @Test
    void historyKeepsWhoChangedWhatBeforeAndAfter() {
        InstrumentData unit = InstrumentData.of("COL", "SPECIALIZED_UNIT", "Grupo de Trata " + InstrumentData.marker())
                .with("unit", Map.of("sphere", "POLICE"));
        long id = unit.create(TestTokens.focalPoint("COL"));
        unit.with("unit", Map.of("sphere", "PROSECUTOR"));
        given().auth().oauth2(TestTokens.admin()).header("If-Match", "\"0\"").contentType("application/json").body(unit.body())
                .when().put(INSTRUMENTS + "/" + id).then().statusCode(200);
        given().auth().oauth2(TestTokens.analyst()).when().get(INSTRUMENTS + "/" + id + "/history")
                .then().statusCode(200)
                .body("action", contains("CREATED", "UPDATED"))
                .body("subject", contains("focal-col", "admin"))
                .body("[0].actorCountry", equalTo("COL"))
                .body("[1].before.unit.sphere", equalTo("POLICE"))
                .body("[1].after.unit.sphere", equalTo("PROSECUTOR"));
    }

    @Test
    void secretariatVerifiesAndAChangeClearsIt() {
        InstrumentData site = InstrumentData.of("CHL", "WEBSITE", "Mesa Intersectorial " + InstrumentData.marker())
                .with("link", "http://tratadepersonas.subinterior.gov.cl/");
        long id = site.create(TestTokens.admin());
        given().auth().oauth2(TestTokens.focalPoint("CHL")).header("If-Match", "\"0\"")
                .when().post(INSTRUMENTS + "/" + id + "/verification").then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).header("If-Match", "\"0\"")
                .when().post(INSTRUMENTS + "/" + id + "/verification").then().statusCode(200).body("verified", equalTo(true));
        given().auth().oauth2(TestTokens.focalPoint("CHL")).header("If-Match", "\"1\"").contentType("application/json").body(site.body())
                .when().put(INSTRUMENTS + "/" + id).then().statusCode(200).body("verified", equalTo(false));
    }

    @Test
    void publishingTheSameAnswerTwiceKeepsOneInstrument() {
        String marker = InstrumentData.marker();
        String path = "/api/registry/v1/cycle-answers/2019-2023/per/E.1.1/0";
        Map<String, Object> line = InstrumentData.hotline("PER", marker + " Línea 1818", "1818", "FREE").body();
        long id = given().auth().oauth2(TestTokens.publisher()).contentType("application/json").body(line)
                .when().put(path).then().statusCode(201)
                .body("provenance.source", equalTo("CYCLE_ANSWER")).body("provenance.question", equalTo("E.1.1"))
                .extract().jsonPath().getLong("id");
        given().auth().oauth2(TestTokens.publisher()).contentType("application/json").body(line)
                .when().put(path).then().statusCode(200).body("id", equalTo((int) id));
        // a person of the secretariat is not the questionnaire service
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(line)
                .when().put(path).then().statusCode(403);
        given().auth().oauth2(TestTokens.focalPoint("PER")).contentType("application/json").body(line)
                .when().put(path).then().statusCode(403);
        given().queryParam("q", marker).when().get(INSTRUMENTS).then().body("items", hasSize(1));
    }

    @Test
    void attributesOfAnotherKindAreRefused() {
        InstrumentData.of("BRA", "SHELTER", "Casa Abrigo " + InstrumentData.marker())
                .with("channel", Map.of("type", "POLICE_LINE"))
                .with("shelter", Map.of("provider", "NGO", "exclusive", false, "acceptsChildren", true))
                .post(TestTokens.admin()).statusCode(400).body("violations.field", equalTo(List.of("channel")));
    }
}
