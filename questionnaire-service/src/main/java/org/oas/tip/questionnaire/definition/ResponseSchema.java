package org.oas.tip.questionnaire.definition;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Generates the JSON Schema (draft 2020-12) of a definition's response documents, for member states' tools.
 *
 * <p>The schema has the shapes, types, options, ranges and lengths the {@link ResponseValidator} checks. enableWhen is
 * only partly expressible: conditions of exists, = and != on a question of the same group become if/then/else (the
 * item is required when enabled, in a submission, and must be absent or null when disabled); other conditions are
 * named in the schema's description and left to the service.
 */
public final class ResponseSchema {

    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final SchemaConditions conditions;
    private final Mode mode;

    private ResponseSchema(Definition definition, Mode mode) {
        this.conditions = new SchemaConditions(new ItemTree(definition), mode);
        this.mode = mode;
    }

    public static ObjectNode of(Definition definition, Mode mode) {
        ResponseSchema builder = new ResponseSchema(definition, mode);
        ObjectNode schema = JSON.objectNode();
        schema.put("$schema", DIALECT);
        schema.put("title", definition.title().in("en"));
        // a placeholder keeps the description near the top; its text needs the conditions met while building
        schema.put("description", "");
        builder.object(schema, definition.items(), true);
        schema.put("description", builder.description(definition));
        return schema;
    }

    private String description(Definition definition) {
        StringBuilder text = new StringBuilder();
        if (definition.description() != null && definition.description().en() != null) {
            text.append(definition.description().en()).append("\n\n");
        }
        text.append(mode == Mode.SUBMISSION ? "Schema of a submitted response" : "Schema of a draft response")
                .append(" (version ").append(definition.version()).append("): a JSON object keyed by linkId. ")
                .append("enableWhen conditions cannot all be written in JSON Schema: those on a question of the ")
                .append("same group are encoded with if/then/else; the service checks all of them, so it may reject ")
                .append("a document this schema accepts.");
        List<String> unencoded = conditions.unencoded();
        if (!unencoded.isEmpty()) {
            text.append(" Conditions checked only by the service: ").append(String.join("; ", unencoded)).append('.');
        }
        return text.toString();
    }

    private void object(ObjectNode schema, List<Item> children, boolean topLevel) {
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        List<String> required = new ArrayList<>();
        List<ObjectNode> rules = new ArrayList<>();
        for (Item child : children) {
            properties.set(child.linkId(), item(child, topLevel));
            if (child.enableWhen().isEmpty()) {
                if (mode == Mode.SUBMISSION && (child.required() || (topLevel && owesAnswers(child)))) {
                    required.add(child.linkId());
                }
            } else {
                conditions.rule(child).ifPresent(rules::add);
            }
        }
        schema.put("additionalProperties", false);
        if (!required.isEmpty()) {
            ArrayNode names = schema.putArray("required");
            required.forEach(names::add);
        }
        if (!rules.isEmpty()) {
            rules.forEach(schema.putArray("allOf")::add);
        }
    }

    /** A section is there even when absent, so one that holds unconditionally required items must be sent. */
    private static boolean owesAnswers(Item item) {
        return item.isGroup() && !item.repeats()
                && item.items().stream().anyMatch(child -> child.required() && child.enableWhen().isEmpty());
    }

    private ObjectNode item(Item item, boolean topLevel) {
        ObjectNode single;
        if (item.isGroup()) {
            single = JSON.objectNode();
            object(single, item.items(), false);
            if (mode == Mode.SUBMISSION && item.required() && !item.repeats()) {
                single.put("minProperties", 1);
            }
        } else {
            single = AnswerSchemas.of(item);
        }
        ObjectNode schema = single;
        if (item.repeats()) {
            schema = JSON.objectNode().put("type", "array");
            schema.set("items", single);
            if (!item.isGroup()) {
                schema.put("uniqueItems", true);
            }
            if (mode == Mode.SUBMISSION && item.required()) {
                schema.put("minItems", 1);
            }
        }
        // description goes first so that the schema reads naturally
        ObjectNode described = JSON.objectNode().put("description", describe(item));
        if (item.reserved() != null) {
            // an annotation (unknown keywords are ignored by validators): tools find the reserved keys by role, not by name
            described.put("x-reserved", item.reserved());
        }
        described.setAll(schema);
        return described;
    }

    private static String describe(Item item) {
        String text = item.text().in("en") == null ? item.linkId() : item.text().in("en");
        return item.enableWhen().isEmpty() ? text : text + " (enabled only when " + Conditions.describe(item) + ")";
    }
}
