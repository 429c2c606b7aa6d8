package org.oas.tip.questionnaire.definition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The 2015-2018 answers of every country, as response documents, pass both the validator and the schema. */
class BaselineAnswersTest {

    @Test
    void everyCountrysBaselineAnswersAreAValidDraft() throws IOException {
        Definition definition = Json.structured();
        Map<String, ObjectNode> documents = documents(definition);
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(ResponseSchema.of(definition, Mode.DRAFT));

        assertEquals(33, documents.size());
        assertEquals(481, documents.values().stream().flatMap(d -> Documents.flatten(d).values().stream())
                .mapToInt(value -> value.isArray() ? value.size() : 1).sum(), "one value per row of the file");
        documents.forEach((country, document) -> {
            assertEquals(List.of(), ResponseValidator.validate(definition, document, Mode.DRAFT), country);
            assertEquals(java.util.Set.of(), schema.validate(document), country);
        });
    }

    /** Builds one response document per country from the rows country, link_id, repeat_index, value. */
    private static Map<String, ObjectNode> documents(Definition definition) throws IOException {
        ItemTree tree = new ItemTree(definition);
        Map<String, ObjectNode> documents = new TreeMap<>();
        List<List<String>> rows = csv("/baseline/answers-2015-2018.csv");
        for (List<String> row : rows.subList(1, rows.size())) {
            ObjectNode node = documents.computeIfAbsent(row.get(0), c -> JsonNodeFactory.instance.objectNode());
            List<Item> path = tree.path(row.get(1));
            for (Item group : path.subList(0, path.size() - 1)) {
                if (group.repeats()) {
                    ArrayNode entries = node.withArray(group.linkId());
                    int index = Integer.parseInt(row.get(2));
                    while (entries.size() <= index) {
                        entries.addObject();
                    }
                    node = (ObjectNode) entries.get(index);
                } else {
                    node = node.withObject("/" + group.linkId());
                }
            }
            Item item = path.get(path.size() - 1);
            JsonNode value = typed(item, row.get(3));
            if (item.repeats()) {
                node.withArray(item.linkId()).add(value);
            } else {
                node.set(item.linkId(), value);
            }
        }
        return documents;
    }

    private static JsonNode typed(Item item, String text) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        return switch (item.type()) {
            case BOOLEAN -> json.booleanNode(Boolean.parseBoolean(text));
            case INTEGER, YEAR -> json.numberNode(Integer.parseInt(text));
            case DECIMAL -> json.numberNode(new BigDecimal(text));
            default -> json.textNode(text);
        };
    }

    /** Reads RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
    private static List<List<String>> csv(String path) throws IOException {
        String text;
        try (InputStream in = BaselineAnswersTest.class.getResourceAsStream(path)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (c != '\r') {
                field.append(c);
            }
        }
        return rows;
    }
}
