package org.oas.tip.questionnaire.definition;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Test data helpers: JSON written with single quotes, the baseline definitions, and definitions that must parse. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper().configure(JsonParser.Feature.ALLOW_SINGLE_QUOTES, true);

    private Json() {
    }

    /** Parses JSON in which single quotes may stand for double quotes, to keep test data readable. */
    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode resource(String path) {
        try (InputStream in = Json.class.getResourceAsStream(path)) {
            assertNotNull(in, path);
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Definition structured() {
        return definition(resource("/baseline/questionnaire-structured.json"));
    }

    static Definition of2016() {
        return definition(resource("/baseline/questionnaire-2016.json"));
    }

    /** A definition of the given items that must parse without problems. */
    static Definition items(String items) {
        return definition(json("{'code': 'test', 'version': '1', 'title': {'en': 'Test'}, 'items': " + items + "}"));
    }

    static Definition definition(JsonNode json) {
        DefinitionParser.Parsed parsed = DefinitionParser.parse(json);
        assertEquals(List.of(), parsed.problems());
        return parsed.definition();
    }
}
