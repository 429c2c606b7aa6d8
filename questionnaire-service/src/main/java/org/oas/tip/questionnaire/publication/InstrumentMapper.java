package org.oas.tip.questionnaire.publication;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.oas.tip.questionnaire.definition.AnswerOption;
import org.oas.tip.questionnaire.definition.Definition;
import org.oas.tip.questionnaire.definition.Item;
import org.oas.tip.questionnaire.definition.Reserved;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the answers of an accepted response into registry instruments: one per entry of every group that names an
 * {@code instrumentKind}, built from its children's {@code instrumentField} paths and checked against the registry's
 * body ({@link RegistryInstrument}) before it is queued.
 */
@ApplicationScoped
public class InstrumentMapper {

    /** Free-text registry fields that a choice item may fill: they take the options' English labels, joined by "; ". */
    public static final Set<String> LABELLED_FIELDS = Set.of("channel.topic", "protocol.targetPopulation", "informationSystem.sources");
    /** Answered as the title of another entry of the same list; resolved to a registry id only when that one is published. */
    public static final String SUCCESSOR = "plan.successorId";
    static final String SOURCE = "CYCLE_ANSWER";

    /**
     * One instrument to publish.
     *
     * @param successorTitle the title a plan names as its successor, to resolve at delivery; null when it names none
     * @param problem        why the body cannot be sent as it is, or null when it can
     * @param group          the questionnaire group of the entry
     * @param answer         the entry's answers as given, reserved items included
     */
    public record Entry(String question, int position, ObjectNode payload, String successorTitle, String problem, Item group,
                        JsonNode answer) {

        public String ref() {
            return question + "[" + position + "]";
        }
    }

    private record Context(Definition definition, String country, String cycle, Map<String, Integer> positions) {
    }

    private final ObjectMapper json;
    private final ObjectReader strict;

    public InstrumentMapper(ObjectMapper json) {
        this.json = json;
        // an instrumentField the registry does not have is a mistake of the definition: say so rather than drop the value
        this.strict = json.readerFor(RegistryInstrument.class)
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
    }

    /** Every instrument the answers hold, in document order; entries without any answered field are left out. */
    public List<Entry> entries(Definition definition, JsonNode answers, String country, String cycle) {
        List<Entry> entries = new ArrayList<>();
        walk(new Context(definition, country, cycle, new HashMap<>()), definition.items(), answers, entries);
        return entries;
    }

    private void walk(Context context, List<Item> items, JsonNode answers, List<Entry> into) {
        if (answers == null || !answers.isObject()) {
            return;
        }
        for (Item item : items) {
            JsonNode value = answers.get(item.linkId());
            if (!item.isGroup() || value == null) {
                continue;
            }
            List<JsonNode> entries = new ArrayList<>();
            if (value.isArray()) {
                value.forEach(entries::add);
            } else {
                entries.add(value);
            }
            for (JsonNode entry : entries) {
                if (item.instrumentKind() == null) {
                    walk(context, item.items(), entry, into);
                    continue;
                }
                // positions count every entry, answered or not, so that they stay the indexes of the repeating group
                int position = context.positions().merge(item.linkId(), 1, Integer::sum) - 1;
                ObjectNode fields = json.createObjectNode();
                fields(item.items(), entry, fields);
                // an entry of the inventory is kept even with nothing but its id: it may be ending or withdrawing it
                boolean identified = item.reservedChild(Reserved.REGISTRY_ID).map(id -> answered(entry.get(id.linkId()))).orElse(false);
                if (!fields.isEmpty() || identified) {
                    into.add(entry(context, item, position, fields, entry));
                }
            }
        }
    }

    private void fields(List<Item> items, JsonNode answers, ObjectNode into) {
        if (answers == null || !answers.isObject()) {
            return;
        }
        for (Item item : items) {
            JsonNode value = answers.get(item.linkId());
            if (item.isGroup() && !item.repeats()) {
                fields(item.items(), value, into);
            } else if (!item.isGroup() && item.instrumentField() != null && answered(value)) {
                put(into, item.instrumentField(), value(item, value));
            }
        }
    }

    /** The registry fields of one entry's answers, as the instrument body holds them (no country, kind or title default). */
    public ObjectNode fieldsOf(Item group, JsonNode answer) {
        ObjectNode fields = json.createObjectNode();
        fields(group.items(), answer, fields);
        return fields;
    }

    private Entry entry(Context context, Item group, int position, ObjectNode fields, JsonNode answer) {
        String successor = null;
        JsonNode plan = fields.get("plan");
        if (plan instanceof ObjectNode details && details.has("successorId") && !details.get("successorId").canConvertToLong()) {
            successor = details.remove("successorId").asText();
        }
        // the key and the kind come from the assignment and the definition, never from an answer
        fields.remove(List.of("country", "kind", "provenance"));
        ObjectNode body = json.createObjectNode().put("country", context.country()).put("kind", group.instrumentKind());
        body.setAll(fields);
        if (!answered(body.get("title"))) {
            body.put("title", defaultTitle(group, fields, position));
        }
        String note = "questionnaire " + context.definition().code() + " v" + context.definition().version() + ", "
                + group.linkId() + "[" + position + "]";
        body.putObject("provenance").put("source", SOURCE).put("cycle", context.cycle()).put("question", group.linkId())
                .put("position", position).put("note", note);
        try {
            RegistryInstrument typed = strict.readValue(body);
            return new Entry(group.linkId(), position, json.valueToTree(typed), successor, null, group, answer);
        } catch (IOException e) {
            return new Entry(group.linkId(), position, body, successor, "not publishable: " + describe(e), group, answer);
        }
    }

    /** The group's English text, with the contact of a channel or the entry's number, e.g. "Reporting lines 145". */
    private static String defaultTitle(Item group, ObjectNode fields, int position) {
        String text = group.text() == null || group.text().en() == null ? group.linkId() : group.text().en();
        JsonNode channel = fields.get("channel");
        if (channel != null && answered(channel.get("contact"))) {
            return text + " " + channel.get("contact").asText();
        }
        return group.repeats() ? text + " " + (position + 1) : text;
    }

    private JsonNode value(Item item, JsonNode value) {
        if (!LABELLED_FIELDS.contains(item.instrumentField())) {
            return value.deepCopy();
        }
        List<JsonNode> answers = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(answers::add);
        } else {
            answers.add(value);
        }
        return json.getNodeFactory().textNode(answers.stream().map(answer -> label(item, answer.asText()))
                .collect(Collectors.joining("; ")));
    }

    private static String label(Item item, String code) {
        return item.answerOptions().stream().filter(option -> option.code().equals(code)).findFirst()
                .map(AnswerOption::display).map(display -> display.en() == null ? code : display.en()).orElse(code);
    }

    private static void put(ObjectNode root, String path, JsonNode value) {
        String[] names = path.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < names.length - 1; i++) {
            JsonNode child = node.get(names[i]);
            node = child instanceof ObjectNode object ? object : node.putObject(names[i]);
        }
        node.set(names[names.length - 1], value);
    }

    public static boolean answered(JsonNode value) {
        return value != null && !value.isNull() && !value.isMissingNode()
                && !(value.isArray() && value.isEmpty()) && !(value.isTextual() && value.asText().isBlank());
    }

    private static String describe(IOException e) {
        if (!(e instanceof JsonMappingException mapping)) {
            return e.getMessage();
        }
        String field = mapping.getPath().stream().map(JsonMappingException.Reference::getFieldName)
                .filter(name -> name != null).collect(Collectors.joining("."));
        if (e instanceof UnrecognizedPropertyException) {
            return "the registry has no field " + field;
        }
        if (e instanceof InvalidFormatException invalid) {
            return field + ": " + invalid.getValue() + " is not " + expected(invalid.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatched) {
            return field + ": expected " + expected(mismatched.getTargetType());
        }
        return field + ": " + mapping.getOriginalMessage();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "a value of the registry's type";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a whole number";
        }
        if (type == Boolean.class) {
            return "true or false";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return type == String.class ? "a text" : "an object";
    }
}
