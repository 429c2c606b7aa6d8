package org.oas.tip.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.oas.tip.testing.PostgresTestResource;
import org.oas.tip.testing.TestCaller;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The published rules are the registry's check: every rule, with a good and a bad instrument, gives the same verdict
 * from the schema fetched over HTTP (validated with networknt) and from POST /instruments, naming the same field.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class InstrumentRulesTest {

    static final String RULES = "/api/registry/v1/instrument-rules";
    /** Read by the questionnaire's tests too, so the two services cannot drift apart unnoticed. */
    static final Path FIXTURE = Path.of("src/test/resources/instrument-rules.json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().errorMessageKeyword("message").build();

    @Test
    void theDocumentIsTheCommittedFixture() throws IOException {
        Response response = given().when().get(RULES).then().statusCode(200).contentType("application/json")
                .header("Cache-Control", "max-age=300").extract().response();
        JsonNode served = JSON.readTree(response.asString());
        assertEquals("\"" + served.get("revision").asText() + "\"", response.header("ETag"));
        String pretty = JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(served) + "\n";
        if (Boolean.getBoolean("rules.accept") || Boolean.getBoolean("openapi.accept")) {
            Files.writeString(FIXTURE, pretty);
        }
        assertEquals(Files.readString(FIXTURE), pretty, "The instrument rules changed. Review " + FIXTURE
                + " (the questionnaire's tests read it), then accept it with -Drules.accept=true or -Dopenapi.accept=true");
    }

    @Test
    void everyKindHasAValidDraft202012Schema() {
        JsonSchema meta = FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        JsonNode kinds = document().get("kinds");
        for (InstrumentKind kind : InstrumentKind.values()) {
            assertEquals(Set.of(), meta.validate(kinds.get(kind.name())), kind.name());
        }
        assertEquals(InstrumentKind.values().length, kinds.size());
        assertEquals("yearOrder", document().at("/relations/0/rule").asText());
        assertEquals("successor", document().at("/relations/1/rule").asText());
    }

    @Test
    void aCopyHeldIsRevalidatedWith304() {
        String etag = given().when().get(RULES).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).when().get(RULES).then().statusCode(304)
                .header("ETag", etag).body(emptyOrNullString());
        given().header("If-None-Match", "\"an-older-revision\"").when().get(RULES).then().statusCode(200)
                .body("revision", equalTo(etag.replace("\"", "")));
    }

    @ParameterizedTest
    @EnumSource(TestCaller.class)
    void everyoneMayReadTheRules(TestCaller who) {
        who.request().when().get(RULES).then().statusCode(200);
    }

    /** A rule's good or bad instrument: the fields the refusal must name (none when it is good). */
    record Case(String name, InstrumentData body, Set<String> wrong) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        String m = InstrumentData.marker();
        return Stream.of(
                good("hotline 145", line("DEDICATED_TIP_LINE", "145")),
                good("hotline in international form", line("DEDICATED_TIP_LINE", "+1 (888) 373-7888")),
                good("police line with an extension", line("POLICE_LINE", "2222-2222 ext. 12")),
                bad("hotline written with letters", line("DEDICATED_TIP_LINE", "0800-TRATA"), "channel.contact"),
                bad("phone line that is a sentence", line("EMERGENCY_911", "call the police"), "channel.contact"),
                good("e-mail channel", line("EMAIL", "denuncias@mpf.gob.ar")),
                bad("e-mail channel without an address", line("EMAIL", "denuncias at mpf"), "channel.contact"),
                good("website channel", line("WEBSITE", "https://www.argentina.gob.ar/denuncia")),
                bad("website channel without a scheme", line("WEBSITE", "www.argentina.gob.ar/denuncia"), "channel.contact"),
                bad("app channel with a phone number", line("APP", "145"), "channel.contact"),
                good("in-person channel with an address", line("IN_PERSON", "Av. de Mayo 760, Buenos Aires")),
                bad("channel without a type", InstrumentData.of("ARG", "REPORTING_CHANNEL", m + " línea")
                        .with("channel", Map.of("contact", "145")), "channel.type"),
                bad("channel without channel details", InstrumentData.of("ARG", "REPORTING_CHANNEL", m + " línea"), "channel"),
                good("plan in year order", plan(2012, 2016)),
                good("plan of one year", plan(2016, 2016)),
                bad("plan ending before it starts", plan(2016, 2012), "yearEnd"),
                good("years at the ends of the range", plan(1900, 2100)),
                bad("years out of range", plan(1850, 2300), "yearStart", "yearEnd"),
                good("law with an https link", law().with("link", "https://www.argentina.gob.ar/normativa/ley-26364")),
                bad("law with an ftp link", law().with("link", "ftp://example.org/ley.pdf"), "link"),
                bad("law with a relative link", law().with("link", "/normativa/ley-26364"), "link"),
                bad("no title", law().with("title", null), "title"),
                bad("blank title", law().with("title", "   "), "title"),
                good("title of 1000 characters", law().with("title", m + "x".repeat(1000 - m.length()))),
                bad("title of 1001 characters", law().with("title", m + "x".repeat(1001 - m.length())), "title"),
                good("language tag pt-BR", law().with("language", "pt-BR")),
                bad("language as a word", law().with("language", "Spanish"), "language"),
                bad("language tag and a line break", law().with("language", "es\n"), "language"),
                bad("country that is not alpha-3", law().with("country", "AR"), "country"),
                bad("unknown field", law().with("colour", "red"), "colour"),
                bad("unknown field in the details", law().with("law", Map.of("lawNumber", "26.364", "colour", "red")), "law.colour"),
                bad("details group of another kind", InstrumentData.of("BRA", "SHELTER", m + " Casa Abrigo")
                        .with("channel", Map.of("type", "POLICE_LINE")), "channel"),
                bad("details for a kind without details", InstrumentData.of("ARG", "WEBSITE", m + " sitio")
                        .with("plan", Map.of("planType", "PROGRAM")), "plan"),
                bad("information system model 5", InstrumentData.of("ARG", "INFORMATION_SYSTEM", m + " sistema")
                        .with("informationSystem", Map.of("model", 5)), "informationSystem.model"));
    }

    private static Case good(String name, InstrumentData body) {
        return new Case(name, body, Set.of());
    }

    private static Case bad(String name, InstrumentData body, String... fields) {
        return new Case(name, body, Set.of(fields));
    }

    private static InstrumentData line(String type, String contact) {
        return InstrumentData.of("ARG", "REPORTING_CHANNEL", InstrumentData.marker() + " línea")
                .with("channel", Map.of("type", type, "contact", contact));
    }

    private static InstrumentData plan(int start, int end) {
        return InstrumentData.of("ARG", "PLAN", InstrumentData.marker() + " plan").years(start, end)
                .with("plan", Map.of("planType", "PLAN_OF_ACTION"));
    }

    private static InstrumentData law() {
        return InstrumentData.of("ARG", "LAW", InstrumentData.marker() + " ley").with("law", Map.of("lawNumber", "26.364"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theSchemaAndTheRegistryAgree(Case rule) {
        JsonNode instrument = JSON.valueToTree(rule.body().body());
        assertEquals(rule.wrong(), bySchema(instrument), "the published rules on " + rule);
        Response written = TestCaller.ADMIN.request().contentType("application/json").body(instrument.toString()).when().post(InstrumentData.INSTRUMENTS);
        if (rule.wrong().isEmpty()) {
            assertEquals(201, written.statusCode(), written.asString());
        } else {
            assertEquals(400, written.statusCode(), written.asString());
            assertEquals("application/problem+json", written.contentType());
            assertEquals(rule.wrong(), named(written.jsonPath().get()), written.asString());
        }
    }

    /** The fields the published document finds wrong: the kind's schema, then the yearOrder relation. */
    private static Set<String> bySchema(JsonNode instrument) {
        JsonNode rules = document();
        JsonSchema schema = FACTORY.getSchema(rules.get("kinds").get(instrument.get("kind").asText()), CONFIG);
        Set<String> wrong = new TreeSet<>();
        for (ValidationMessage message : schema.validate(instrument)) {
            String field = message.getInstanceLocation().toString().replaceFirst("^/", "").replace('/', '.');
            boolean named = "required".equals(message.getType()) || "additionalProperties".equals(message.getType());
            wrong.add(named ? (field.isEmpty() ? "" : field + ".") + message.getProperty() : field);
        }
        for (JsonNode relation : rules.get("relations")) {
            JsonNode field = instrument.get(relation.get("field").asText());
            JsonNode other = relation.has("other") ? instrument.get(relation.get("other").asText()) : null;
            if ("yearOrder".equals(relation.get("rule").asText()) && field != null && other != null
                    && field.isNumber() && other.isNumber() && field.asInt() < other.asInt()) {
                wrong.add(relation.get("field").asText());
            }
        }
        return wrong;
    }

    /** The fields a problem+json names: each violation's, or the one field of a body Jackson could not read. */
    @SuppressWarnings("unchecked")
    private static Set<String> named(Map<String, Object> problem) {
        Set<String> fields = new TreeSet<>();
        List<Map<String, Object>> violations = (List<Map<String, Object>>) problem.getOrDefault("violations", new ArrayList<>());
        violations.forEach(v -> fields.add((String) v.get("field")));
        if (problem.get("field") != null) {
            fields.add((String) problem.get("field"));
        }
        assertTrue(!fields.isEmpty(), "the problem names no field: " + problem);
        return fields;
    }

    private static JsonNode document() {
        try {
            return JSON.readTree(given().when().get(RULES).then().statusCode(200).extract().asString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
