package org.oas.tip.questionnaire.definition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.oas.tip.questionnaire.definition.Json.json;

class ResponseSchemaTest {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final JsonSchema META = FACTORY.getSchema(SchemaLocation.of(ResponseSchema.DIALECT));

    @ParameterizedTest
    @EnumSource(Mode.class)
    void theStructuredSchemaIsAValidDraft202012Schema(Mode mode) {
        ObjectNode schema = ResponseSchema.of(Json.structured(), mode);

        assertEquals(Set.of(), META.validate(schema));
        assertEquals(ResponseSchema.DIALECT, schema.get("$schema").asText());
        assertFalse(schema.has("$id"));
        assertTrue(schema.get("title").asText().startsWith("Progress report on the Work Plan"));
        assertEquals(mode == Mode.SUBMISSION, schema.has("required"));
        assertTrue(schema.get("description").asText().contains("G.lgbti_entity_member enabled only when "
                + "A.authority.model != SOLE"), "conditions on other groups are named");
    }

    @Test
    void the2016SchemaIsValidToo() {
        assertEquals(Set.of(), META.validate(ResponseSchema.of(Json.of2016(), Mode.SUBMISSION)));
        assertFalse(META.validate(json("{'type': 'objekt', 'minItems': -1}")).isEmpty(), "the meta-schema check bites");
    }

    @Test
    void aCompleteSubmissionIsAcceptedByTheSchemaAndTheValidator() {
        Definition definition = Json.structured();
        JsonNode document = json(StructuredSample.SUBMISSION);

        assertEquals(Set.of(), schema(definition, Mode.SUBMISSION).validate(document));
        assertEquals(List.of(), ResponseValidator.validate(definition, document, Mode.SUBMISSION));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "/A/A.authority/A.authority.public_institution_count=\"12\"",
            "/A/A.authority/A.authority.year_established=1850",
            "/A/A.authority/A.authority.approaches=\"PREVENTION\"",
            "/A/A.authority/A.authority.model=\"FEDERAL\"",
            "/A/A.authority/A.authority.language=\"Spanish\"",
            "/A/A.authority/A.authority.unknown=true",
            "/A/A.authority=[]",
            "/intro/intro.reference_date=\"30/06/2018\"",
            "/intro/intro.email=\"not an address\"",
            "/intro/intro.phone=\"call me\"",
            "/A/A.authority/A.authority.website=\"www.argentina.gob.ar\"",
            "/E/E.channels/0/E.channels.topic=\"WOMEN_GENDER\"",
            "/E/E.channels/1/E.channels.topic=\"\"",
            "/E/E.channels/1/E.channels.topic=null",
            "/A/A.authority/A.authority.model=\"SOLE\"",
            "/F/F.systems=[]",
            "/intro/intro.focal_point_name=null",
            "/stats/stats.detected_victims/0/stats.detected_victims.count=-1",
            "/D/D.strategies=[\"REACTIVE\",\"REACTIVE\"]",
    })
    void aWrongSubmissionIsRejectedByBoth(String change) {
        Definition definition = Json.structured();
        JsonNode document = set(json(StructuredSample.SUBMISSION), change);

        Set<ValidationMessage> schemaErrors = schema(definition, Mode.SUBMISSION).validate(document);
        List<Problem> problems = ResponseValidator.validate(definition, document, Mode.SUBMISSION);

        assertFalse(schemaErrors.isEmpty(), "the schema should reject " + change);
        assertFalse(problems.isEmpty(), "the validator should reject " + change);
    }

    @Test
    void aDraftSchemaRequiresNothing() {
        Definition definition = Json.structured();

        assertEquals(Set.of(), schema(definition, Mode.DRAFT).validate(json("{'intro': {}, 'A': {'A.authority': {}}}")));
        assertFalse(schema(definition, Mode.SUBMISSION).validate(json("{'intro': {}, 'A': {'A.authority': {}}}"))
                .isEmpty());
    }

    @Test
    void itemsBecomeTypedPropertiesAndSiblingConditionsBecomeIfThenElse() {
        Definition definition = Json.items("""
                [{'linkId': 'S', 'type': 'group', 'text': {'en': 'Section'}, 'items': [
                   {'linkId': 'S.type', 'type': 'choice', 'required': true, 'text': {'en': 'Type'}, 'answerOptions': [
                      {'code': 'LINE', 'display': {'en': 'Line'}}, {'code': 'THEMATIC', 'display': {'en': 'Thematic'}}]},
                   {'linkId': 'S.topic', 'type': 'open-choice', 'required': true, 'text': {'en': 'Topic'},
                    'answerOptions': [{'code': 'WOMEN', 'display': {'en': 'Women'}}],
                    'enableWhen': [{'question': 'S.type', 'operator': '=', 'answer': 'THEMATIC'}]},
                   {'linkId': 'S.on', 'type': 'date', 'text': {'en': 'Date'}},
                   {'linkId': 'S.years', 'type': 'year', 'repeats': true, 'minValue': 2000, 'text': {'en': 'Years'}}]}]""");

        JsonNode section = ResponseSchema.of(definition, Mode.SUBMISSION).at("/properties/S");

        assertEquals(json("['S.type']"), section.get("required"));
        assertEquals(false, section.get("additionalProperties").asBoolean());
        assertEquals(json("{'description': 'Type', 'type': 'string', 'enum': ['LINE', 'THEMATIC']}"),
                section.at("/properties/S.type"));
        assertEquals("Topic (enabled only when S.type = THEMATIC)", section.at("/properties/S.topic/description").asText());
        assertEquals(json("['WOMEN']"), section.at("/properties/S.topic/anyOf/0/enum"));
        assertEquals("date", section.at("/properties/S.on/format").asText());
        assertEquals(json("{'description': 'Years', 'type': 'array', 'items': {'type': 'integer', 'minimum': 2000,"
                + " 'maximum': 2100}, 'uniqueItems': true}"), section.at("/properties/S.years"));
        assertEquals(json("""
                {'if': {'required': ['S.type'], 'properties': {'S.type': {'const': 'THEMATIC'}}},
                 'then': {'required': ['S.topic']}, 'else': {'properties': {'S.topic': {'type': 'null'}}}}"""),
                section.at("/allOf/0"));
        assertFalse(ResponseSchema.of(definition, Mode.DRAFT).at("/properties/S/allOf/0").has("then"));
    }

    private static JsonSchema schema(Definition definition, Mode mode) {
        return FACTORY.getSchema(ResponseSchema.of(definition, mode));
    }

    /** Applies "pointer=json" to a copy of the document. */
    private static JsonNode set(JsonNode document, String change) {
        String pointer = change.substring(0, change.indexOf('='));
        JsonNode value = json(change.substring(change.indexOf('=') + 1));
        String parent = pointer.substring(0, pointer.lastIndexOf('/'));
        String last = pointer.substring(pointer.lastIndexOf('/') + 1);
        JsonNode container = document.at(parent);
        if (container.isArray()) {
            ((com.fasterxml.jackson.databind.node.ArrayNode) container).set(Integer.parseInt(last), value);
        } else {
            ((ObjectNode) container).set(last, value);
        }
        return document;
    }
}
