package org.oas.tip.questionnaire.definition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a response document against its definition and reports every problem at once, each with the linkId and
 * the JSON pointer it concerns, so a member state's tool can fix its whole export in one pass.
 *
 * <p>Null values and blank strings count as no answer. A required item is missing in {@link Mode#SUBMISSION} when it
 * is enabled and has no answer; a missing required group is reported once, not item by item. Top-level groups are
 * sections, always there in substance, so the required items of an absent section are each reported. Inside an absent
 * or disabled non-required group nothing is required.
 */
public final class ResponseValidator {

    private final ItemTree tree;
    private final Conditions conditions;
    private final Mode mode;
    private final List<Problem> problems = new ArrayList<>();

    private ResponseValidator(Definition definition, Mode mode) {
        this.tree = new ItemTree(definition);
        this.conditions = new Conditions(tree);
        this.mode = mode;
    }

    public static List<Problem> validate(Definition definition, JsonNode document, Mode mode) {
        ResponseValidator validator = new ResponseValidator(definition, mode);
        if (document == null || !document.isObject()) {
            validator.problems.add(new Problem(null, "", "a response must be a JSON object keyed by linkId"));
        } else {
            validator.group(definition.items(), document, "", Scope.root(document), true);
        }
        return List.copyOf(validator.problems);
    }

    /** Whether a value is an answer: not null, not a blank string, and for containers holding at least one answer. */
    static boolean hasAnswer(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return false;
        }
        if (value.isTextual()) {
            return !value.asText().isBlank();
        }
        if (value.isContainerNode()) {
            for (JsonNode child : value) {
                if (hasAnswer(child)) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    private void group(List<Item> children, JsonNode node, String pointer, Scope scope, boolean topLevel) {
        Set<String> known = new HashSet<>();
        children.forEach(child -> known.add(child.linkId()));
        node.fieldNames().forEachRemaining(key -> {
            if (!known.contains(key)) {
                problems.add(new Problem(key, Pointers.child(pointer, key), unknown(key)));
            }
        });
        for (Item child : children) {
            item(child, node.get(child.linkId()), Pointers.child(pointer, child.linkId()), scope, topLevel);
        }
    }

    private String unknown(String key) {
        Item elsewhere = tree.get(key);
        if (elsewhere == null) {
            return "unknown linkId " + key;
        }
        Item parent = tree.parent(key);
        return "unknown linkId " + key + " here: it belongs " + (parent == null ? "at the top level"
                : "inside " + parent.linkId());
    }

    private void item(Item item, JsonNode value, String pointer, Scope scope, boolean topLevel) {
        boolean answered = hasAnswer(value);
        if (!conditions.enabled(item, scope)) {
            if (answered) {
                problems.add(problem(item, pointer, "answers a disabled item: enabled only when "
                        + Conditions.describe(item)));
            } else if (value != null && !value.isNull()) {
                // no answer, but stored all the same: it must still be a value the item takes ("" is no choice)
                answer(item, value, pointer, scope);
            }
            return;
        }
        boolean section = topLevel && item.isGroup() && !item.repeats();
        if (section && (value == null || value.isNull())) {
            // an absent section is an empty one: its required items are still owed
            value = JsonNodeFactory.instance.objectNode();
        }
        int before = problems.size();
        if (value != null && !value.isNull()) {
            answer(item, value, pointer, scope);
        }
        // a group whose own items already said what is missing needs no extra line
        if (mode == Mode.SUBMISSION && item.required() && !answered
                && (!item.isGroup() || problems.size() == before)) {
            problems.add(problem(item, pointer, "required item has no answer"));
        }
    }

    private void answer(Item item, JsonNode value, String pointer, Scope scope) {
        if (item.isGroup()) {
            group(item, value, pointer, scope);
        } else if (item.repeats()) {
            repeatingAnswer(item, value, pointer);
        } else if (value.isArray()) {
            problems.add(problem(item, pointer, "array for a non-repeating item: expected a single answer"));
        } else if (value.isObject()) {
            problems.add(problem(item, pointer, "object where a scalar is expected"));
        } else {
            scalar(item, value, pointer);
        }
    }

    private void group(Item item, JsonNode value, String pointer, Scope scope) {
        if (!item.repeats()) {
            if (value.isArray()) {
                problems.add(problem(item, pointer, "array for a non-repeating item: a group takes one object"));
            } else if (!value.isObject()) {
                problems.add(problem(item, pointer, "scalar where an object is expected: a group takes an object "
                        + "keyed by its items' linkIds"));
            } else {
                group(item.items(), value, pointer, scope.enter(item, value), false);
            }
            return;
        }
        if (!value.isArray()) {
            problems.add(problem(item, pointer, (value.isObject() ? "object" : "scalar")
                    + " for a repeating item: a repeating group takes an array of objects, one per entry"));
            return;
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode entry = value.get(i);
            String entryPointer = Pointers.child(pointer, i);
            if (!entry.isObject()) {
                problems.add(problem(item, entryPointer, "scalar where an object is expected: each entry of a "
                        + "repeating group is an object"));
            } else {
                group(item.items(), entry, entryPointer, scope.enter(item, entry), false);
            }
        }
    }

    private void repeatingAnswer(Item item, JsonNode value, String pointer) {
        if (!value.isArray()) {
            problems.add(problem(item, pointer, (value.isObject() ? "object" : "scalar")
                    + " for a repeating item: expected an array of answers"));
            return;
        }
        Set<JsonNode> seen = new HashSet<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            String elementPointer = Pointers.child(pointer, i);
            if (element.isContainerNode()) {
                problems.add(problem(item, elementPointer, (element.isObject() ? "object" : "array")
                        + " where a scalar is expected"));
            } else if (element.isNull()) {
                problems.add(problem(item, elementPointer, "null is not an answer: leave it out of the array"));
            } else if (!seen.add(element)) {
                problems.add(problem(item, elementPointer, "duplicate answer " + element.asText()));
            } else {
                scalar(item, element, elementPointer);
            }
        }
    }

    private void scalar(Item item, JsonNode value, String pointer) {
        String message = AnswerRules.problem(item, value);
        if (message != null) {
            problems.add(problem(item, pointer, message));
        }
    }

    private static Problem problem(Item item, String pointer, String message) {
        return new Problem(item.linkId(), pointer, message);
    }
}
