package org.oas.tip.questionnaire.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.oas.tip.questionnaire.definition.AnswerOption;
import org.oas.tip.questionnaire.definition.Item;
import org.oas.tip.questionnaire.definition.ItemType;

import java.util.Locale;
import java.util.Optional;

/**
 * Registry values back to answers of choice items: codes stay codes; the free-text fields the publication fills with
 * English labels joined by "; " are split and matched to the options' labels (or codes), case and accents aside.
 */
final class ChoiceCodes {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ChoiceCodes() {
    }

    /**
     * The answer for a labelled field: a list of codes for a repeating choice (labels with no option are left out),
     * the code for a single choice, or the registry's text as it is for an open choice that no single option matches.
     */
    static JsonNode fromLabels(Item item, String text) {
        String[] parts = text.split("\\s*;\\s*");
        if (item.repeats()) {
            ArrayNode codes = JSON.arrayNode();
            for (String part : parts) {
                code(item, part).filter(code -> !contains(codes, code)).ifPresent(codes::add);
            }
            return codes.isEmpty() ? null : codes;
        }
        Optional<String> code = parts.length == 1 ? code(item, parts[0]) : Optional.empty();
        if (code.isPresent()) {
            return JSON.textNode(code.get());
        }
        return item.type() == ItemType.OPEN_CHOICE && !text.isBlank() ? JSON.textNode(text.strip()) : null;
    }

    /** A code answer as it is when it is an option (or any text, for an open choice); null otherwise. */
    static JsonNode fromCode(Item item, JsonNode value) {
        if (value.isArray()) {
            ArrayNode codes = JSON.arrayNode();
            value.forEach(v -> {
                JsonNode one = fromCode(item, v);
                if (one != null) {
                    codes.add(one);
                }
            });
            return codes.isEmpty() ? null : codes;
        }
        String code = value.asText();
        if (item.hasOption(code) || item.type() == ItemType.OPEN_CHOICE) {
            return JSON.textNode(code);
        }
        return null;
    }

    private static Optional<String> code(Item item, String label) {
        String wanted = fold(label);
        return item.answerOptions().stream()
                .filter(o -> fold(o.code()).equals(wanted) || (o.display() != null && o.display().en() != null
                        && fold(o.display().en()).equals(wanted)))
                .map(AnswerOption::code).findFirst();
    }

    private static boolean contains(ArrayNode array, String code) {
        for (JsonNode node : array) {
            if (node.asText().equals(code)) {
                return true;
            }
        }
        return false;
    }

    private static String fold(String text) {
        return java.text.Normalizer.normalize(text.strip(), java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
