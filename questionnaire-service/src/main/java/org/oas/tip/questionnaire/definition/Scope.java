package org.oas.tip.questionnaire.definition;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Where the validator stands in a response: the group entry being read and the entries enclosing it.
 *
 * @param group the group whose entry {@code node} is, or null for the document itself
 */
record Scope(Scope parent, Item group, JsonNode node) {

    static Scope root(JsonNode document) {
        return new Scope(null, null, document);
    }

    Scope enter(Item group, JsonNode entry) {
        return new Scope(this, group, entry);
    }
}
