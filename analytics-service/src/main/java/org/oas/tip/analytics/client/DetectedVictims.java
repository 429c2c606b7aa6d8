package org.oas.tip.analytics.client;

import com.fasterxml.jackson.databind.JsonNode;
import org.oas.tip.analytics.sdg.VictimCount;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Reads the entries of the item {@code stats.detected_victims} out of a country's answers document. */
public final class DetectedVictims {

    static final String GROUP = "stats.detected_victims";

    private DetectedVictims() {
    }

    /**
     * The complete entries, wherever the group sits in the document (groups nest by section). An entry without a year,
     * a dimension or a count is skipped: an accepted answer passed the questionnaire's validation, so that only happens
     * with a questionnaire version whose items differ, and a half entry would count as a real zero otherwise.
     */
    public static List<VictimCount> of(String country, JsonNode answers) {
        List<VictimCount> counts = new ArrayList<>();
        JsonNode group = find(answers);
        if (group == null || !group.isArray()) {
            return counts;
        }
        for (int i = 0; i < group.size(); i++) {
            JsonNode e = group.get(i);
            JsonNode year = e.get(GROUP + ".year");
            JsonNode sex = e.get(GROUP + ".sex");
            JsonNode age = e.get(GROUP + ".age_group");
            JsonNode form = e.get(GROUP + ".exploitation");
            JsonNode count = e.get(GROUP + ".count");
            if (year != null && year.canConvertToInt() && sex != null && sex.isTextual() && age != null && age.isTextual()
                    && form != null && form.isTextual() && count != null && count.canConvertToLong() && count.asLong() >= 0) {
                counts.add(new VictimCount(country, year.asInt(), sex.asText(), age.asText(), form.asText(), count.asLong(), i));
            }
        }
        return counts;
    }

    private static JsonNode find(JsonNode node) {
        if (node == null || !node.isObject()) {
            return null;
        }
        if (node.has(GROUP)) {
            return node.get(GROUP);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            JsonNode found = find(it.next().getValue());
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
