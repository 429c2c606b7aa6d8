package org.oas.tip.questionnaire.definition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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
        for (CSVRecord row : csv("/baseline/answers-2015-2018.csv")) {
            ObjectNode node = documents.computeIfAbsent(row.get("country"), c -> JsonNodeFactory.instance.objectNode());
            List<Item> path = tree.path(row.get("link_id"));
            for (Item group : path.subList(0, path.size() - 1)) {
                if (group.repeats()) {
                    ArrayNode entries = node.withArray(group.linkId());
                    int index = Integer.parseInt(row.get("repeat_index"));
                    while (entries.size() <= index) {
                        entries.addObject();
                    }
                    node = (ObjectNode) entries.get(index);
                } else {
                    node = node.withObject("/" + group.linkId());
                }
            }
            Item item = path.get(path.size() - 1);
            JsonNode value = typed(item, row.get("value"));
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

    /** The rows of a baseline CSV file (RFC 4180, with a header row). */
    private static List<CSVRecord> csv(String path) throws IOException {
        try (Reader in = new InputStreamReader(BaselineAnswersTest.class.getResourceAsStream(path), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }
}
