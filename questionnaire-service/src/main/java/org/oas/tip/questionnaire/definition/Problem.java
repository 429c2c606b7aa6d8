package org.oas.tip.questionnaire.definition;

/**
 * One thing wrong with a response document or a definition.
 *
 * @param linkId  the item concerned, or the unknown key; null when the whole document is wrong
 * @param pointer RFC 6901 pointer to the offending value, or to where a missing one belongs
 */
public record Problem(String linkId, String pointer, String message) {
}
