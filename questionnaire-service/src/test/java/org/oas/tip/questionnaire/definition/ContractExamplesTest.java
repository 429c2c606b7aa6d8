package org.oas.tip.questionnaire.definition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oas.tip.questionnaire.migration.ReservedItems;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The examples of the committed OpenAPI document are real: every answer document shown to integrators (the schema's
 * and each answer body's) is a valid draft of the structured questionnaire, versions 1 and 2, and the definition's
 * example parses.
 */
class ContractExamplesTest {

    private static final JsonNode DOCUMENT = read();

    private static JsonNode read() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(Path.of("src/main/openapi/openapi.yaml").toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The answer-document examples: the schema's and every example of the save, validate, submit and amend bodies. */
    private static List<JsonNode> answerExamples() {
        List<JsonNode> examples = new ArrayList<>();
        DOCUMENT.at("/components/schemas/AnswerDocument/examples").forEach(examples::add);
        DOCUMENT.path("paths").forEach(path -> path.forEach(operation -> {
            String id = operation.path("operationId").asText();
            operation.at("/requestBody/content").forEach(media -> media.path("examples").forEach(example -> {
                switch (id) {
                    case "saveAnswers", "validateAnswers", "submitResponse" -> examples.add(example.path("value"));
                    case "amendAcceptedAnswers" -> examples.add(example.at("/value/answers"));
                    default -> { }
                }
            }));
        }));
        return examples;
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "2"})
    void everyAnswerExampleIsAValidDraftOfTheStructuredQuestionnaire(String version) {
        JsonNode v1 = Json.resource("/baseline/questionnaire-structured.json");
        Definition definition = Json.definition(version.equals("1") ? v1 : ReservedItems.addTo(v1, version));
        List<JsonNode> examples = answerExamples();
        assertTrue(examples.size() >= 6, "the schema's example and those of the four answer bodies: " + examples.size());
        for (JsonNode example : examples) {
            assertTrue(example.isObject(), "an answer example is a JSON object, not a string: " + example);
            assertEquals(List.of(), ResponseValidator.validate(definition, example, Mode.DRAFT), example.toString());
        }
    }

    @Test
    void theAnswerSchemaExampleAnswersSeveralSections() {
        JsonNode example = DOCUMENT.at("/components/schemas/AnswerDocument/examples/0");
        assertTrue(example.size() >= 3, example.toString());
        assertFalse(example.path("E").path("E.channels").isEmpty(), "a repeating group is shown");
    }

    @Test
    void theDefinitionExampleParses() {
        JsonNode example = DOCUMENT.at("/components/schemas/QuestionnaireDefinition/examples/0");
        DefinitionParser.Parsed parsed = DefinitionParser.parse(example);
        assertEquals(List.of(), parsed.problems());
    }
}
