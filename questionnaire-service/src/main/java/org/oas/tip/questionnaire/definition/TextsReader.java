package org.oas.tip.questionnaire.definition;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads the translated parts of a definition: texts in en/es/fr/pt and the answer options of choice items. */
final class TextsReader {

    private TextsReader() {
    }

    /** Reads a text object; a missing English text is reported but does not make the definition unusable. */
    static Texts texts(JsonNode node, String pointer, String linkId, String what, DefinitionProblems problems) {
        if (node == null || !node.isObject()) {
            problems.minor(linkId, pointer, what + " needs a text object with at least en");
            return new Texts(null, null, null, null);
        }
        node.fields().forEachRemaining(entry -> {
            if (!Texts.LANGUAGES.contains(entry.getKey())) {
                problems.minor(linkId, Pointers.child(pointer, entry.getKey()),
                        "unknown language " + entry.getKey() + "; expected en, es, fr or pt");
            } else if (!entry.getValue().isTextual()) {
                problems.minor(linkId, Pointers.child(pointer, entry.getKey()), "a text must be a string");
            }
        });
        Texts texts = new Texts(text(node, "en"), text(node, "es"), text(node, "fr"), text(node, "pt"));
        if (texts.exactly("en") == null) {
            problems.minor(linkId, pointer + "/en", what + " has no English text");
        }
        return texts;
    }

    private static String text(JsonNode node, String language) {
        JsonNode value = node.get(language);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    /** Reads answer options: required with unique codes on choice items, ignored (and reported) elsewhere. */
    static List<AnswerOption> options(JsonNode node, String pointer, String linkId, ItemType type,
                                      DefinitionProblems problems) {
        boolean choice = type != null && type.isChoice();
        if (node == null || (node.isArray() && node.isEmpty())) {
            if (choice) {
                problems.fatal(linkId, pointer, "a " + type.jsonName() + " item needs answerOptions");
            }
            return List.of();
        }
        if (!node.isArray()) {
            problems.fatal(linkId, pointer, "answerOptions must be an array");
            return List.of();
        }
        if (!choice && type != null) {
            problems.minor(linkId, pointer, "answerOptions only apply to choice and open-choice items");
        }
        List<AnswerOption> options = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String optionPointer = Pointers.child(pointer, i);
            JsonNode code = node.get(i).get("code");
            if (code == null || !code.isTextual() || code.asText().isBlank()) {
                problems.fatal(linkId, optionPointer + "/code", "an answer option needs a non-blank string code");
                continue;
            }
            if (!codes.add(code.asText())) {
                problems.fatal(linkId, optionPointer + "/code", "duplicate option code " + code.asText());
            }
            Texts display = texts(node.get(i).get("display"), optionPointer + "/display", linkId,
                    "option " + code.asText(), problems);
            options.add(new AnswerOption(code.asText(), display));
        }
        return options;
    }
}
