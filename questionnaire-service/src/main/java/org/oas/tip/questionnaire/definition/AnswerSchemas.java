package org.oas.tip.questionnaire.definition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;

/** The JSON Schema of a single answer to a non-group item, mirroring the rules of {@link AnswerRules}. */
final class AnswerSchemas {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    // format is only an annotation in draft 2020-12, so patterns carry the shape a validator will actually check
    private static final String DATE = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
    private static final String URL = "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+\\S*$";

    private AnswerSchemas() {
    }

    static ObjectNode of(Item item) {
        ObjectNode schema = JSON.objectNode();
        switch (item.type()) {
            case BOOLEAN -> schema.put("type", "boolean");
            case INTEGER -> range(schema.put("type", "integer"), max(item.minValue(), AnswerRules.LARGEST.negate()),
                    min(item.maxValue(), AnswerRules.LARGEST));
            case DECIMAL -> range(schema.put("type", "number"), max(item.minValue(), AnswerRules.LARGEST.negate()),
                    min(item.maxValue(), AnswerRules.LARGEST));
            case YEAR -> range(schema.put("type", "integer"),
                    max(item.minValue(), BigDecimal.valueOf(AnswerRules.FIRST_YEAR)),
                    min(item.maxValue(), BigDecimal.valueOf(AnswerRules.LAST_YEAR)));
            case DATE -> schema.put("type", "string").put("format", "date").put("pattern", DATE);
            case STRING, TEXT -> text(schema.put("type", "string"), item, null);
            case URL -> text(schema.put("type", "string").put("format", "uri"), item, URL);
            case PHONE -> text(schema.put("type", "string"), item, "^" + AnswerRules.PHONE + "$");
            case CHOICE -> {
                schema.put("type", "string");
                item.answerOptions().forEach(option -> schema.withArray("enum").add(option.code()));
            }
            case OPEN_CHOICE -> {
                schema.put("type", "string");
                ObjectNode code = schema.withArray("anyOf").addObject();
                item.answerOptions().forEach(option -> code.withArray("enum").add(option.code()));
                text(schema.withArray("anyOf").addObject().put("type", "string"), item, "\\S");
            }
            case GROUP -> throw new IllegalArgumentException(item.linkId() + " is a group");
        }
        return schema;
    }

    private static void range(ObjectNode schema, BigDecimal min, BigDecimal max) {
        if (min != null) {
            schema.set("minimum", number(min));
        }
        if (max != null) {
            schema.set("maximum", number(max));
        }
    }

    /** Whole numbers as JSON integers, so that bounds read 1900 and not 1.9E+3. */
    private static JsonNode number(BigDecimal value) {
        BigDecimal whole = value.stripTrailingZeros();
        if (whole.scale() <= 0 && whole.precision() - whole.scale() < 10) {
            return JSON.numberNode(whole.intValueExact());
        }
        if (whole.scale() <= 0 && whole.precision() - whole.scale() < 19) {
            return JSON.numberNode(whole.longValueExact());
        }
        return JSON.numberNode(value);
    }

    /** Length, the format's own pattern and the item's pattern; two patterns need allOf, as a schema holds one. */
    private static void text(ObjectNode schema, Item item, String formatPattern) {
        if (item.effectiveMaxLength() != null) {
            schema.put("maxLength", item.effectiveMaxLength());
        }
        // the validator matches the whole answer; a JSON Schema pattern matches anywhere unless anchored
        String own = item.pattern() == null ? null : "^(?:" + item.pattern() + ")$";
        if (formatPattern != null) {
            schema.put("pattern", formatPattern);
            if (own != null) {
                schema.withArray("allOf").addObject().put("pattern", own);
            }
        } else if (own != null) {
            schema.put("pattern", own);
        }
    }

    private static BigDecimal max(BigDecimal value, BigDecimal floor) {
        return value == null || value.compareTo(floor) < 0 ? floor : value;
    }

    private static BigDecimal min(BigDecimal value, BigDecimal ceiling) {
        return value == null || value.compareTo(ceiling) > 0 ? ceiling : value;
    }
}
