package org.oas.tip.questionnaire.definition;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One thing wrong with a response document or a definition.
 *
 * @param linkId  the item concerned, or the unknown key; null when the whole document is wrong
 * @param pointer RFC 6901 pointer to the offending value, or to where a missing one belongs
 */
@Schema(name = "AnswerProblem", description = "One thing wrong with an answer document (or a definition)")
public record Problem(
        @Schema(description = "The item concerned, or the unknown key; absent when the whole document is wrong",
                examples = "E.channels.contact") String linkId,
        @Schema(description = "RFC 6901 pointer to the offending value, or to where a missing one belongs",
                examples = "/E/E.channels/0/E.channels.contact") String pointer,
        @Schema(examples = "must be a telephone number such as 145, 911 or +1 (888) 373-7888 (the registry's rule for channel.contact)")
        String message) {
}
