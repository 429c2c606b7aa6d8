package org.oas.tip.questionnaire.definition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Operations on response documents as plain JSON: flattening to answers by pointer, RFC 7396 merge patches and
 * answer-by-answer differences for the change history.
 */
public final class Documents {

    /**
     * One answer that changed between two versions of a document.
     *
     * @param linkId the item answered: the last segment of the pointer that is not an array index
     * @param before the previous value, null when the answer is new
     * @param after  the new value, null when the answer was removed
     */
    public record Change(String pointer, String linkId, JsonNode before, JsonNode after) {
    }

    private record Leaf(String linkId, JsonNode value) {
    }

    private Documents() {
    }

    /**
     * Every answer of the document by JSON pointer, in document order. An array of scalars (a multi-answer item) is
     * one answer; arrays of objects (repeating groups) are followed entry by entry. Nulls and empty objects hold no
     * answer and are left out.
     */
    public static Map<String, JsonNode> flatten(JsonNode document) {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        leaves(document).forEach((pointer, leaf) -> answers.put(pointer, leaf.value()));
        return answers;
    }

    /** Applies an RFC 7396 merge patch without touching either argument: null deletes, objects merge, the rest replaces. */
    public static JsonNode mergePatch(JsonNode target, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            return patch == null ? copy(target) : patch.deepCopy();
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : ((ObjectNode) patch).objectNode();
        patch.fields().forEachRemaining(field -> {
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), mergePatch(result.get(field.getKey()), field.getValue()));
            }
        });
        return result;
    }

    /** The answers added, changed or removed from {@code before} to {@code after}, in document order. */
    public static List<Change> diff(JsonNode before, JsonNode after) {
        Map<String, Leaf> old = leaves(before);
        Map<String, Leaf> now = leaves(after);
        Set<String> pointers = new LinkedHashSet<>(old.keySet());
        pointers.addAll(now.keySet());
        List<Change> changes = new ArrayList<>();
        for (String pointer : pointers) {
            Leaf was = old.get(pointer);
            Leaf is = now.get(pointer);
            JsonNode wasValue = was == null ? null : was.value();
            JsonNode isValue = is == null ? null : is.value();
            if (!Objects.equals(wasValue, isValue)) {
                changes.add(new Change(pointer, (is != null ? is : was).linkId(), wasValue, isValue));
            }
        }
        return changes;
    }

    private static Map<String, Leaf> leaves(JsonNode document) {
        Map<String, Leaf> leaves = new LinkedHashMap<>();
        if (document != null) {
            collect(document, "", null, leaves);
        }
        return leaves;
    }

    private static void collect(JsonNode node, String pointer, String linkId, Map<String, Leaf> into) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field ->
                    collect(field.getValue(), Pointers.child(pointer, field.getKey()), field.getKey(), into));
        } else if (node.isArray() && containsContainer(node)) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), Pointers.child(pointer, i), linkId, into);
            }
        } else if (!node.isNull() && !node.isMissingNode()) {
            into.put(pointer, new Leaf(linkId, node));
        }
    }

    private static boolean containsContainer(JsonNode array) {
        for (JsonNode element : array) {
            if (element.isContainerNode()) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode copy(JsonNode node) {
        return node == null ? null : node.deepCopy();
    }
}
