package org.oas.tip.registry.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import jakarta.enterprise.context.ApplicationScoped;
import org.oas.tip.defaults.Violation;
import org.oas.tip.registry.InstrumentKind;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules document {@code GET /instrument-rules} publishes (a schema per kind, the relations, the revision) and the
 * same schemas compiled, which the registry checks every written instrument with.
 */
@ApplicationScoped
public class RulesDocument {

    /** The keyword under which the schemas carry the registry's own messages (networknt's custom-message keyword). */
    public static final String MESSAGE_KEYWORD = "message";

    private final ObjectNode document;
    private final String revision;
    private final Map<InstrumentKind, JsonSchema> schemas = new EnumMap<>(InstrumentKind.class);
    private final JsonSchema anyKind;

    public RulesDocument(ObjectMapper json) {
        ObjectNode kinds = JsonNodeFactory.instance.objectNode();
        for (InstrumentKind kind : InstrumentKind.values()) {
            kinds.set(kind.name(), InstrumentSchemas.of(kind));
        }
        ObjectNode content = JsonNodeFactory.instance.objectNode();
        content.set("kinds", kinds);
        content.set("relations", Relations.document());
        this.revision = sha256(json, content);
        this.document = JsonNodeFactory.instance.objectNode().put("revision", revision);
        document.setAll(content);
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().errorMessageKeyword(MESSAGE_KEYWORD).build();
        kinds.properties().forEach(e -> schemas.put(InstrumentKind.valueOf(e.getKey()), factory.getSchema(e.getValue(), config)));
        this.anyKind = factory.getSchema(InstrumentSchemas.of(null), config);
    }

    /** The published document; callers must not change it. */
    public ObjectNode document() {
        return document;
    }

    /** The SHA-256 of the kinds and relations, hex: it changes exactly when a rule does. */
    public String revision() {
        return revision;
    }

    /** What the kind's schema (or, with no kind, the schema of any kind) says about this instrument, by field. */
    public List<Violation> violations(JsonNode instrument, InstrumentKind kind) {
        JsonSchema schema = kind == null ? anyKind : schemas.get(kind);
        Set<Violation> found = new LinkedHashSet<>();
        for (ValidationMessage message : schema.validate(instrument)) {
            found.add(Violation.body(field(message), message.getError()));
        }
        return new ArrayList<>(found);
    }

    /** The dotted path of the field concerned, e.g. {@code channel.contact}; a missing or unknown property is named. */
    static String field(ValidationMessage message) {
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
        return field.isEmpty() ? "body" : field.toString();
    }

    private static String sha256(ObjectMapper json, JsonNode content) {
        try {
            byte[] bytes = json.writeValueAsString(content).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("the rules document could not be hashed", e);
        }
    }
}
