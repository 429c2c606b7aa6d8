package org.oas.tip.questionnaire.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.oas.tip.questionnaire.definition.Item;
import org.oas.tip.questionnaire.definition.ItemType;
import org.oas.tip.questionnaire.definition.Reserved;
import org.oas.tip.questionnaire.publication.InstrumentMapper;

/**
 * One registry instrument as an entry of its questionnaire group: each child with an {@code instrumentField} takes the
 * registry's value at that path (choices as codes, see {@link ChoiceCodes}; the Section F model as its option code),
 * and the reserved items take the registry id, the revision seen and, for plans and policies, the successor's id.
 */
public final class PrefillMapper {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private PrefillMapper() {
    }

    public static ObjectNode entry(Item group, JsonNode instrument) {
        ObjectNode entry = JSON.objectNode();
        for (Item child : group.items()) {
            if (child.isGroup() || child.instrumentField() == null
                    // the title of another entry; the registry's successor goes to the reserved successor id
                    || child.instrumentField().equals(InstrumentMapper.SUCCESSOR)) {
                continue;
            }
            JsonNode value = at(instrument, child.instrumentField());
            JsonNode answer = value == null ? null : answer(child, value);
            if (answer != null) {
                entry.set(child.linkId(), answer);
            }
        }
        reserved(group, Reserved.REGISTRY_ID, instrument.get("id"), entry);
        reserved(group, Reserved.REGISTRY_REVISION, instrument.get("revision"), entry);
        reserved(group, Reserved.SUCCESSOR_ID, at(instrument, InstrumentMapper.SUCCESSOR), entry);
        return entry;
    }

    /** A registry value as the answer of this item, or null when the item cannot hold it. */
    public static JsonNode answer(Item item, JsonNode value) {
        if (item.type().isChoice()) {
            if (InstrumentMapper.LABELLED_FIELDS.contains(item.instrumentField()) && value.isTextual()) {
                return ChoiceCodes.fromLabels(item, value.asText());
            }
            // the Section F model is an integer in the registry and a coded choice here
            return ChoiceCodes.fromCode(item, value.isNumber() ? JSON.textNode(value.asText()) : value);
        }
        if (item.type() == ItemType.BOOLEAN) {
            return value.isBoolean() ? value : null;
        }
        if (item.type().isNumeric()) {
            return value.isNumber() ? value : null;
        }
        return value.isTextual() && !value.asText().isBlank() ? value : null;
    }

    private static void reserved(Item group, Reserved role, JsonNode value, ObjectNode entry) {
        if (value != null && value.canConvertToLong()) {
            group.reservedChild(role).ifPresent(item -> entry.put(item.linkId(), value.asLong()));
        }
    }

    static JsonNode at(JsonNode instrument, String path) {
        JsonNode node = instrument;
        for (String name : path.split("\\.")) {
            node = node == null ? null : node.get(name);
        }
        return node == null || node.isNull() || node.isMissingNode() ? null : node;
    }
}
