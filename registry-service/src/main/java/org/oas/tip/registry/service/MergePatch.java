package org.oas.tip.registry.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** JSON merge patch (RFC 7396), and the leaf paths a patch touches ("yearEnd", "plan.genderPerspective"). */
final class MergePatch {

    private MergePatch() {
    }

    /** The target with the patch applied; the target is not modified. */
    static JsonNode apply(JsonNode target, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : ((ObjectNode) patch).objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (f.getValue().isNull()) {
                result.remove(f.getKey());
            } else {
                result.set(f.getKey(), apply(result.get(f.getKey()), f.getValue()));
            }
        }
        return result;
    }

    /** The paths of the values a patch sets or clears, objects descended into. */
    static List<String> leaves(JsonNode patch) {
        List<String> paths = new ArrayList<>();
        collect(patch, "", paths);
        return paths;
    }

    private static void collect(JsonNode node, String prefix, List<String> paths) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            String path = prefix + f.getKey();
            if (f.getValue().isObject() && !f.getValue().isEmpty()) {
                collect(f.getValue(), path + ".", paths);
            } else {
                paths.add(path);
            }
        }
    }

    /** The value at a dotted path, or null when absent. */
    static JsonNode at(JsonNode node, String path) {
        JsonNode current = node;
        for (String part : path.split("\\.")) {
            if (current == null || !current.isObject()) {
                return null;
            }
            current = current.get(part);
        }
        return current == null || current.isNull() ? null : current;
    }

    /** Removes the value at a dotted path (and an object it leaves empty). */
    static void remove(JsonNode node, String path) {
        int dot = path.indexOf('.');
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        if (dot < 0) {
            object.remove(path);
            return;
        }
        String head = path.substring(0, dot);
        remove(object.get(head), path.substring(dot + 1));
        if (object.get(head) != null && object.get(head).isObject() && object.get(head).isEmpty()) {
            object.remove(head);
        }
    }

    /** The node without null values, empty objects and empty arrays (absent and empty mean the same to a reader). */
    static JsonNode stripped(JsonNode node) {
        if (node instanceof ObjectNode object) {
            ObjectNode copy = object.objectNode();
            object.fields().forEachRemaining(f -> {
                JsonNode value = stripped(f.getValue());
                if (value != null && !value.isNull() && !(value.isContainerNode() && value.isEmpty())) {
                    copy.set(f.getKey(), value);
                }
            });
            return copy;
        }
        return node;
    }

    /** Whether two values are the same for a reader: absent equals null, numbers by value, arrays as sets. */
    static boolean same(JsonNode a, JsonNode b) {
        boolean aNull = a == null || a.isNull();
        boolean bNull = b == null || b.isNull();
        if (aNull || bNull) {
            return aNull && bNull;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.isArray() && b.isArray()) {
            List<String> x = new ArrayList<>();
            List<String> y = new ArrayList<>();
            a.forEach(n -> x.add(n.asText()));
            b.forEach(n -> y.add(n.asText()));
            return x.size() == y.size() && x.containsAll(y) && y.containsAll(x);
        }
        return a.equals(b);
    }
}
