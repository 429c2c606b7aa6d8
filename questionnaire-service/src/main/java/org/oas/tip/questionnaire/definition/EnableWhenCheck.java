package org.oas.tip.questionnaire.definition;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Reads enableWhen conditions and checks that each one refers to a question it can be evaluated against. */
final class EnableWhenCheck {

    private final DefinitionProblems problems;
    // conditions are equal by value, so the pointer of each is remembered by identity
    private final Map<EnableWhen, String> pointers = new IdentityHashMap<>();

    EnableWhenCheck(DefinitionProblems problems) {
        this.problems = problems;
    }

    List<EnableWhen> read(JsonNode node, String pointer, String linkId) {
        if (node == null) {
            return List.of();
        }
        if (!node.isArray()) {
            problems.fatal(linkId, pointer, "enableWhen must be an array");
            return List.of();
        }
        List<EnableWhen> conditions = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String at = Pointers.child(pointer, i);
            JsonNode question = node.get(i).get("question");
            JsonNode operator = node.get(i).get("operator");
            JsonNode answer = node.get(i).get("answer");
            boolean valid = true;
            if (question == null || !question.isTextual()) {
                problems.fatal(linkId, at + "/question", "enableWhen needs the linkId of a question");
                valid = false;
            }
            if (operator == null || !EnableWhen.OPERATORS.contains(operator.asText())) {
                problems.fatal(linkId, at + "/operator", "operator must be one of exists, =, !=, >, <, >=, <=");
                valid = false;
            }
            if (answer == null || answer.isNull() || answer.isContainerNode()) {
                problems.fatal(linkId, at + "/answer", "enableWhen needs an answer: a boolean, number or string");
                valid = false;
            } else if (operator != null && "exists".equals(operator.asText()) && !answer.isBoolean()) {
                problems.fatal(linkId, at + "/answer", "the answer of an exists condition must be true or false");
                valid = false;
            }
            if (valid) {
                EnableWhen condition = new EnableWhen(question.asText(), operator.asText(), answer);
                pointers.put(condition, at);
                conditions.add(condition);
            }
        }
        return conditions;
    }

    /** Checks every condition against the items it names, now that all items are known. */
    void run(Definition definition) {
        ItemTree tree = new ItemTree(definition);
        for (Item item : definition.allItems()) {
            for (EnableWhen condition : item.enableWhen()) {
                check(item, condition, pointers.get(condition), tree);
            }
        }
    }

    private void check(Item item, EnableWhen condition, String pointer, ItemTree tree) {
        Item question = tree.get(condition.question());
        if (question == null) {
            problems.fatal(item.linkId(), pointer + "/question", "enableWhen refers to unknown item "
                    + condition.question());
            return;
        }
        if (question == item) {
            problems.fatal(item.linkId(), pointer + "/question", "an item cannot be enabled by its own answer");
            return;
        }
        if (tree.path(question.linkId()).contains(item)) {
            problems.fatal(item.linkId(), pointer + "/question", "a group cannot be enabled by an answer inside it: "
                    + "the answer could only exist once the group is enabled");
        }
        if (question.isGroup() && !"exists".equals(condition.operator())) {
            problems.minor(item.linkId(), pointer + "/operator", condition.question()
                    + " is a group: only exists can test it");
        }
        JsonNode answer = condition.answer();
        if ("exists".equals(condition.operator())) {
            return;
        }
        if (question.type() == ItemType.CHOICE && !question.hasOption(answer.asText())) {
            problems.minor(item.linkId(), pointer + "/answer", condition.question() + " has no option "
                    + answer.asText() + ", so this condition never holds");
        } else if (question.type() == ItemType.BOOLEAN && !answer.isBoolean()) {
            problems.minor(item.linkId(), pointer + "/answer", condition.question()
                    + " is a boolean question: compare it with true or false");
        } else if (question.type().isNumeric() && !answer.isNumber()) {
            problems.minor(item.linkId(), pointer + "/answer", condition.question()
                    + " is a number question: compare it with a number");
        }
    }
}
