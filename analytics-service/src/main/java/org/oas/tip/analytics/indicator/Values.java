package org.oas.tip.analytics.indicator;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads a coded answer's JSON value leniently: the CSV baseline and the API may give a number or a boolean as text. */
final class Values {

    private Values() {
    }

    /** The value as text (codes, numbers and booleans alike), or null when absent or blank. */
    static String text(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        String text = value.isValueNode() ? value.asText() : value.toString();
        return text.isBlank() ? null : text.trim();
    }

    /** A boolean, also from "true"/"false" text; null otherwise. */
    static Boolean bool(JsonNode value) {
        if (value != null && value.isBoolean()) {
            return value.booleanValue();
        }
        String text = text(value);
        if ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) {
            return Boolean.valueOf(text);
        }
        return null;
    }

    /** An integer, also from numeric text; null otherwise (e.g. Honduras' "more than 21"). */
    static Integer integer(JsonNode value) {
        if (value != null && value.isIntegralNumber() && value.canConvertToInt()) {
            return value.intValue();
        }
        String text = text(value);
        return text != null && text.matches("-?\\d{1,9}") ? Integer.valueOf(text) : null;
    }

    /** YES / NO for a boolean, null for none: the keys of the yes/no indicators. */
    static String yesNo(Boolean value) {
        return value == null ? null : value ? "YES" : "NO";
    }
}
