package org.oas.tip.questionnaire.definition;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Set;

/** A condition on another item's answer that decides whether an item is enabled (FHIR semantics). */
public record EnableWhen(String question, String operator, JsonNode answer) {

    public static final Set<String> OPERATORS = Set.of("exists", "=", "!=", ">", "<", ">=", "<=");

    /** How the condition reads in messages, for example {@code A.17 = true}. */
    public String describe() {
        if ("exists".equals(operator)) {
            return question + (answer != null && answer.asBoolean() ? " is answered" : " is not answered");
        }
        return question + " " + operator + " " + (answer == null ? "null" : answer.asText());
    }
}
