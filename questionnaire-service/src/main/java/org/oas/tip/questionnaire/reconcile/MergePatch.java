package org.oas.tip.questionnaire.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.Map;

/** The JSON merge patch (RFC 7396) that turns one object into another: changed keys, nested objects by key, removals as null. */
final class MergePatch {

    private MergePatch() {
    }

    static ObjectNode between(JsonNode before, JsonNode after) {
        ObjectNode patch = JsonNodeFactory.instance.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = after.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode old = before.get(field.getKey());
            JsonNode now = field.getValue();
            if (old != null && old.isObject() && now.isObject()) {
                ObjectNode nested = between(old, now);
                if (!nested.isEmpty()) {
                    patch.set(field.getKey(), nested);
                }
            } else if (!now.equals(old)) {
                patch.set(field.getKey(), now);
            }
        }
        before.fieldNames().forEachRemaining(name -> {
            if (!after.has(name)) {
                patch.putNull(name);
            }
        });
        return patch;
    }
}
