package org.oas.tip.bench.questionnaire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Completes a pre-filled response of oas-tip-structured v2 as the local stack's SecondCycleIT does: the inventory
 * confirmed as it is, the sample's answers to every item that is not an instrument, the sample's entries for an
 * instrument group the country has nothing in, then what the dry-run validation still asks, with a plain default.
 */
final class StructuredAnswers {

    /** The groups of the structured questionnaire whose entries are registry instruments (as in SecondCycleIT). */
    static final Set<String> INSTRUMENT_GROUPS = Set.of("A.authority", "A.websites", "A.other_bodies", "B.laws", "B.policies",
            "B.plans", "C.diagnostics", "D.units", "D.protocols", "E.channels", "E.programmes", "E.protocols", "E.shelters",
            "F.systems", "F.reports");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The questionnaire version's items by linkId. */
    private final Map<String, JsonNode> items = new HashMap<>();
    private final ObjectNode sample = StructuredSample.answers();

    StructuredAnswers(JsonNode definition) {
        List<JsonNode> todo = new ArrayList<>();
        definition.path("items").forEach(todo::add);
        while (!todo.isEmpty()) {
            JsonNode item = todo.remove(todo.size() - 1);
            items.put(item.path("linkId").asText(), item);
            item.path("items").forEach(todo::add);
        }
    }

    /** Adds the sample's answers the pre-filled document lacks (copies: each country's document is its own). */
    void addSample(ObjectNode doc) {
        for (var section : sample.properties()) {
            ObjectNode target = doc.withObjectProperty(section.getKey());
            for (var item : section.getValue().properties()) {
                JsonNode present = target.get(item.getKey());
                if (!INSTRUMENT_GROUPS.contains(item.getKey()) || present == null || present.isArray() && present.isEmpty()) {
                    target.set(item.getKey(), item.getValue().deepCopy());
                }
            }
        }
        // the structured questionnaire asks more of the national authority than the 2015-2018 report recorded
        ObjectNode authority = (ObjectNode) doc.path("A").path("A.authority");
        for (var f : sample.path("A").path("A.authority").properties()) {
            JsonNode present = authority.get(f.getKey());
            if (present == null || present.isNull()) authority.set(f.getKey(), f.getValue().deepCopy());
        }
    }

    /** Answers each "required item has no answer" problem of a validation report; whether there was any. */
    boolean answerWhatIsMissing(ObjectNode doc, JsonNode report) {
        boolean filled = false;
        for (JsonNode problem : report.path("problems")) {
            if (!problem.path("message").asText().contains("required item has no answer")) continue;
            String pointer = problem.path("pointer").asText();
            String linkId = pointer.substring(pointer.lastIndexOf('/') + 1);
            JsonNode parent = doc;
            for (String step : pointer.substring(1, pointer.lastIndexOf('/')).split("/")) {
                if (step.isEmpty()) continue;
                String key = step.replace("~1", "/").replace("~0", "~");
                parent = parent.isArray() ? parent.get(Integer.parseInt(key)) : parent.get(key);
            }
            ((ObjectNode) parent).set(linkId, defaultAnswer(items.get(linkId)));
            filled = true;
        }
        return filled;
    }

    /** A plain answer of the item's type (as SecondCycleIT answers what the validation asks). */
    static JsonNode defaultAnswer(JsonNode item) {
        JsonNode value = switch (item.path("type").asText()) {
            case "boolean" -> NODES.booleanNode(false);
            case "integer" -> NODES.numberNode(Math.max(1L, item.path("minValue").isNumber() ? item.path("minValue").asLong() : 1L));
            case "year" -> NODES.numberNode(2015L);
            case "date" -> NODES.textNode("2020-01-01");
            case "url" -> NODES.textNode("https://www.oas.org/");
            case "choice", "open-choice" -> item.path("answerOptions").get(0).get("code");
            default -> NODES.textNode("Not stated in 2015-2018");
        };
        if (!item.path("repeats").asBoolean(false)) {
            return value;
        }
        ArrayNode list = NODES.arrayNode();
        return list.add(value);
    }

    /** How many instrument entries the document holds. */
    static int instrumentEntries(JsonNode doc) {
        int n = 0;
        for (JsonNode section : doc) {
            if (!section.isObject()) continue;
            for (var item : section.properties()) {
                if (!INSTRUMENT_GROUPS.contains(item.getKey())) continue;
                JsonNode v = item.getValue();
                n += v.isArray() ? v.size() : v.isNull() ? 0 : 1;
            }
        }
        return n;
    }
}
