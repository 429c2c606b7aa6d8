package org.oas.tip.questionnaire.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.oas.tip.questionnaire.definition.Mode;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One revision of the registry's instrument rules, compiled: the JSON Schema of each kind, with the registry's own
 * messages (keyword {@code message}), and the relations between fields that need nothing but the instrument.
 */
public final class RuleSet {

    /** A rule the instrument breaks: the registry's field path (e.g. {@code channel.contact}) and its message. */
    public record FieldProblem(String field, String message) {
    }

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().errorMessageKeyword("message").build();

    private final String revision;
    private final OffsetDateTime fetchedAt;
    private final Map<String, JsonSchema> schemas;
    private final JsonNode relations;

    private RuleSet(String revision, OffsetDateTime fetchedAt, Map<String, JsonSchema> schemas, JsonNode relations) {
        this.revision = revision;
        this.fetchedAt = fetchedAt;
        this.schemas = schemas;
        this.relations = relations;
    }

    /** @throws IllegalArgumentException when the document has no kinds */
    static RuleSet of(JsonNode document, OffsetDateTime fetchedAt) {
        JsonNode kinds = document.get("kinds");
        if (kinds == null || !kinds.isObject() || kinds.isEmpty()) {
            throw new IllegalArgumentException("the registry's rules document has no kinds");
        }
        Map<String, JsonSchema> schemas = new HashMap<>();
        kinds.properties().forEach(e -> schemas.put(e.getKey(), FACTORY.getSchema(e.getValue(), CONFIG)));
        return new RuleSet(document.path("revision").asText(), fetchedAt, schemas, document.path("relations"));
    }

    /** The same rules, confirmed by the registry at that moment. */
    RuleSet confirmedAt(OffsetDateTime when) {
        return new RuleSet(revision, when, schemas, relations);
    }

    public String revision() {
        return revision;
    }

    public OffsetDateTime fetchedAt() {
        return fetchedAt;
    }

    /**
     * What the registry would refuse in this instrument body. In {@link Mode#DRAFT} a missing field is not a problem
     * yet (the schema's {@code required}); every format rule applies in both modes.
     */
    public List<FieldProblem> violations(JsonNode instrument, Mode mode) {
        String kind = instrument.path("kind").asText();
        JsonSchema schema = schemas.get(kind);
        if (schema == null) {
            return List.of(new FieldProblem("kind", "the registry has no instrument kind " + kind));
        }
        Set<FieldProblem> found = new LinkedHashSet<>();
        for (ValidationMessage message : schema.validate(instrument)) {
            if (mode == Mode.SUBMISSION || !"required".equals(message.getType())) {
                found.add(new FieldProblem(field(message), message.getError()));
            }
        }
        for (JsonNode relation : relations) {
            if ("yearOrder".equals(relation.path("rule").asText())) {
                String field = relation.path("field").asText();
                JsonNode value = at(instrument, field);
                JsonNode other = at(instrument, relation.path("other").asText());
                if (value.isNumber() && other.isNumber() && value.asLong() < other.asLong()) {
                    found.add(new FieldProblem(field, relation.path("message").asText() + " " + other.asText()));
                }
            }
            // successor: needs the registry's records; the registry checks it at publication
        }
        return new ArrayList<>(found);
    }

    private static JsonNode at(JsonNode instrument, String dotted) {
        JsonNode node = instrument;
        for (String name : dotted.split("\\.")) {
            node = node.path(name);
        }
        return node;
    }

    /** The dotted path of the field concerned; a missing or unknown property is named. */
    private static String field(ValidationMessage message) {
        StringBuilder field = new StringBuilder();
        JsonNodePath location = message.getInstanceLocation();
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            if (element instanceof Integer index) {
                field.append('[').append(index).append(']');
            } else {
                field.append(field.isEmpty() ? "" : ".").append(element);
            }
        }
        if (message.getProperty() != null && ("required".equals(message.getType())
                || "additionalProperties".equals(message.getType()))) {
            field.append(field.isEmpty() ? "" : ".").append(message.getProperty());
        }
        return field.toString();
    }
}
