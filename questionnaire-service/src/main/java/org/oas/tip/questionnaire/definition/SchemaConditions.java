package org.oas.tip.questionnaire.definition;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Turns the enableWhen conditions JSON Schema can express into if/then/else rules, and lists those it cannot. */
final class SchemaConditions {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ItemTree tree;
    private final Mode mode;
    private final List<String> unencoded = new ArrayList<>();

    SchemaConditions(ItemTree tree, Mode mode) {
        this.tree = tree;
        this.mode = mode;
    }

    /**
     * The rule for an item with conditions, for its group's allOf: enabled, it is required in a submission when the
     * definition says so; disabled, it may only be absent or null. Empty when a condition is not expressible.
     */
    Optional<ObjectNode> rule(Item item) {
        List<ObjectNode> tests = new ArrayList<>();
        for (EnableWhen condition : item.enableWhen()) {
            ObjectNode test = test(item, condition);
            if (test == null) {
                unencoded.add(item.linkId() + " enabled only when " + Conditions.describe(item));
                return Optional.empty();
            }
            tests.add(test);
        }
        ObjectNode rule = JSON.objectNode();
        if (tests.size() == 1) {
            rule.set("if", tests.get(0));
        } else {
            tests.forEach(rule.putObject("if").putArray(item.enableAny() ? "anyOf" : "allOf")::add);
        }
        if (mode == Mode.SUBMISSION && item.required()) {
            rule.putObject("then").putArray("required").add(item.linkId());
        }
        rule.putObject("else").putObject("properties").putObject(item.linkId()).put("type", "null");
        return Optional.of(rule);
    }

    List<String> unencoded() {
        return List.copyOf(unencoded);
    }

    /** The schema that holds exactly when the condition does, or null when the question is not a sibling. */
    private ObjectNode test(Item item, EnableWhen condition) {
        Item question = tree.get(condition.question());
        boolean sibling = question != null && Objects.equals(tree.parent(question.linkId()), tree.parent(item.linkId()));
        if (!sibling) {
            return null;
        }
        ObjectNode present = JSON.objectNode();
        present.putArray("required").add(question.linkId());
        return switch (condition.operator()) {
            case "exists" -> condition.answer().asBoolean() ? present : not(present);
            case "=" -> question.isGroup() ? null : equals(present, question, condition);
            case "!=" -> question.isGroup() ? null : not(equals(present, question, condition));
            default -> null;
        };
    }

    private static ObjectNode equals(ObjectNode present, Item question, EnableWhen condition) {
        ObjectNode value = JSON.objectNode();
        value.set("const", condition.answer());
        present.putObject("properties").set(question.linkId(),
                question.repeats() ? JSON.objectNode().set("contains", value) : value);
        return present;
    }

    private static ObjectNode not(ObjectNode schema) {
        ObjectNode negation = JSON.objectNode();
        negation.set("not", schema);
        return negation;
    }
}
