package org.oas.tip.registry.rules;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.oas.tip.defaults.Violation;

import java.util.List;

/**
 * The rules between fields that a JSON Schema cannot say, published beside the schemas: the year order, checked by
 * anyone with the instrument alone, and the successor rule, which needs the registry's records (checked on write).
 */
public final class Relations {

    public static final String YEAR_ORDER_MESSAGE = "must not be before yearStart";
    public static final String SUCCESSOR_MESSAGE = "must be a plan or policy of the same country, other than itself";

    private Relations() {
    }

    /** The {@code relations} array of the rules document. */
    static ArrayNode document() {
        ArrayNode relations = JsonNodeFactory.instance.arrayNode();
        relations.addObject().put("rule", "yearOrder").put("field", "yearEnd").put("other", "yearStart")
                .put("message", YEAR_ORDER_MESSAGE);
        relations.addObject().put("rule", "successor").put("field", "plan.successorId").put("message", SUCCESSOR_MESSAGE);
        return relations;
    }

    /** yearEnd must not be before yearStart (either may be absent). */
    public static List<Violation> yearOrder(Integer yearStart, Integer yearEnd) {
        return yearStart != null && yearEnd != null && yearEnd < yearStart
                ? List.of(Violation.body("yearEnd", YEAR_ORDER_MESSAGE + " " + yearStart)) : List.of();
    }
}
