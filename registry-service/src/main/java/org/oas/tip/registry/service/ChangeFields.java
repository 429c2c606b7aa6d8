package org.oas.tip.registry.service;

import com.fasterxml.jackson.databind.JsonNode;
import org.oas.tip.registry.mapping.Details;
import org.oas.tip.registry.mapping.InstrumentInput;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The fields a publication's changes may name: an instrument input's, and those of each details group. */
final class ChangeFields {

    private static final Set<String> TOP = names(InstrumentInput.class);
    private static final Map<String, Set<String>> GROUPS = Map.of(
            "body", names(Details.Body.class), "law", names(Details.Law.class), "plan", names(Details.Plan.class),
            "channel", names(Details.Channel.class), "protocol", names(Details.Protocol.class), "unit", names(Details.Unit.class),
            "informationSystem", names(Details.InformationSystem.class), "shelter", names(Details.Shelter.class));

    private ChangeFields() {
    }

    /** The dotted paths of changes that name no field (they would otherwise be ignored without a word). */
    static List<String> unknown(JsonNode changes) {
        List<String> wrong = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = changes.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (!TOP.contains(f.getKey())) {
                wrong.add(f.getKey());
            } else if (GROUPS.containsKey(f.getKey()) && f.getValue().isObject()) {
                f.getValue().fieldNames().forEachRemaining(n -> {
                    if (!GROUPS.get(f.getKey()).contains(n)) {
                        wrong.add(f.getKey() + "." + n);
                    }
                });
            }
        }
        return wrong;
    }

    private static Set<String> names(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toSet());
    }
}
