package org.oas.tip.questionnaire.definition;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Evaluates enableWhen conditions the FHIR way.
 *
 * <p>The answer a condition tests is looked up from the innermost group entry that also encloses the question, so a
 * condition on a sibling inside a repeating group reads that same entry. When the question sits in a repeating group
 * that does not enclose the item, every entry's answer counts and the condition holds if any answer satisfies it.
 * With no answer, {@code exists false} and {@code !=} hold (R5: "no answer equals") and every other operator fails.
 */
final class Conditions {

    private final ItemTree tree;

    Conditions(ItemTree tree) {
        this.tree = tree;
    }

    boolean enabled(Item item, Scope scope) {
        if (item.enableWhen().isEmpty()) {
            return true;
        }
        if (item.enableAny()) {
            return item.enableWhen().stream().anyMatch(condition -> holds(condition, scope));
        }
        return item.enableWhen().stream().allMatch(condition -> holds(condition, scope));
    }

    static String describe(Item item) {
        return item.enableWhen().stream().map(EnableWhen::describe)
                .collect(Collectors.joining(item.enableAny() ? " or " : " and "));
    }

    private boolean holds(EnableWhen condition, Scope scope) {
        List<JsonNode> answers = answers(condition.question(), scope);
        JsonNode expected = condition.answer();
        return switch (condition.operator()) {
            case "exists" -> !answers.isEmpty() == expected.asBoolean();
            case "=" -> answers.stream().anyMatch(answer -> equal(answer, expected));
            case "!=" -> answers.stream().noneMatch(answer -> equal(answer, expected));
            default -> answers.stream().anyMatch(answer -> compares(answer, expected, condition.operator()));
        };
    }

    /** Every answer to {@code linkId} visible from {@code scope}. */
    List<JsonNode> answers(String linkId, Scope scope) {
        List<Item> path = tree.path(linkId);
        Scope from = scope;
        while (from.group() != null && !path.contains(from.group())) {
            from = from.parent();
        }
        int start = from.group() == null ? 0 : path.indexOf(from.group()) + 1;
        List<JsonNode> nodes = List.of(from.node());
        for (Item step : path.subList(start, path.size())) {
            List<JsonNode> next = new ArrayList<>();
            for (JsonNode node : nodes) {
                JsonNode value = node.isObject() ? node.get(step.linkId()) : null;
                if (value != null && step.repeats() && value.isArray()) {
                    value.forEach(next::add);
                } else if (value != null) {
                    next.add(value);
                }
            }
            nodes = next;
        }
        return nodes.stream().filter(ResponseValidator::hasAnswer).toList();
    }

    private static boolean equal(JsonNode answer, JsonNode expected) {
        if (answer.isNumber() && expected.isNumber()) {
            return answer.decimalValue().compareTo(expected.decimalValue()) == 0;
        }
        if (answer.isBoolean() || expected.isBoolean()) {
            return answer.isBoolean() && expected.isBoolean() && answer.asBoolean() == expected.asBoolean();
        }
        return answer.isValueNode() && answer.asText().equals(expected.asText());
    }

    private static boolean compares(JsonNode answer, JsonNode expected, String operator) {
        Integer order = order(answer, expected);
        if (order == null) {
            return false;
        }
        return switch (operator) {
            case ">" -> order > 0;
            case "<" -> order < 0;
            case ">=" -> order >= 0;
            default -> order <= 0;
        };
    }

    /** Orders numbers by value, dates as dates, booleans false before true and other strings by code point. */
    private static Integer order(JsonNode answer, JsonNode expected) {
        if (answer.isNumber() && expected.isNumber()) {
            return answer.decimalValue().compareTo(expected.decimalValue());
        }
        if (answer.isBoolean() && expected.isBoolean()) {
            return Boolean.compare(answer.asBoolean(), expected.asBoolean());
        }
        if (answer.isTextual() && expected.isTextual()) {
            LocalDate left = date(answer.asText());
            LocalDate right = date(expected.asText());
            return left != null && right != null ? left.compareTo(right) : answer.asText().compareTo(expected.asText());
        }
        if (answer.isTextual() && expected.isNumber()) {
            BigDecimal number = number(answer.asText());
            return number == null ? null : number.compareTo(expected.decimalValue());
        }
        return null;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
