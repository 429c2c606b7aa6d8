package org.oas.tip.analytics.client;

import com.fasterxml.jackson.databind.JsonNode;
import org.oas.tip.analytics.indicator.RawAnswerRecord;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a respondent's answers document along the questionnaire's definition: every answered closed or structured item
 * outside groups that describe registry instruments, one record per value, each with its JSON pointer.
 */
public final class RawAnswers {

    private RawAnswers() {
    }

    /** The raw answers of one country; items the definition does not declare are not read. */
    public static List<RawAnswerRecord> of(String country, QuestionnaireDefinition definition, JsonNode answers) {
        List<RawAnswerRecord> out = new ArrayList<>();
        if (definition != null && answers != null && answers.isObject()) {
            walk(country, definition.items(), answers, "", out);
        }
        return out;
    }

    private static void walk(String country, List<QuestionnaireDefinition.Item> items, JsonNode node, String pointer,
                             List<RawAnswerRecord> out) {
        for (QuestionnaireDefinition.Item item : items) {
            if (item.linkId() == null || item.instrumentKind() != null) {
                // an instrument group: the registry record it became is the one source, so nothing counts twice
                continue;
            }
            JsonNode value = node.get(item.linkId());
            if (absent(value)) {
                continue;
            }
            String here = pointer + "/" + escape(item.linkId());
            if (item.group()) {
                if (value.isArray()) {
                    for (int i = 0; i < value.size(); i++) {
                        if (value.get(i).isObject()) {
                            walk(country, item.items(), value.get(i), here + "/" + i, out);
                        }
                    }
                } else if (value.isObject()) {
                    walk(country, item.items(), value, here, out);
                }
            } else if (item.closed()) {
                if (value.isArray()) {
                    for (int i = 0; i < value.size(); i++) {
                        add(country, item, value.get(i), here + "/" + i, out);
                    }
                } else {
                    add(country, item, value, here, out);
                }
            }
        }
    }

    private static void add(String country, QuestionnaireDefinition.Item item, JsonNode value, String pointer,
                            List<RawAnswerRecord> out) {
        if (!absent(value) && value.isValueNode()) {
            out.add(new RawAnswerRecord(country, item.linkId(), pointer, value));
        }
    }

    private static boolean absent(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode() || value.isTextual() && value.asText().isBlank();
    }

    /** RFC 6901: '~' and '/' inside a key are escaped. */
    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
