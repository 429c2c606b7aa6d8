package org.oas.tip.questionnaire.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A question or a reply in a clarification thread; {@code linkId} only when asking. */
@Schema(name = "ClarificationInput", description = "The answer it is about (when asking) and the text")
public record TextInput(@Schema(examples = "E.channels") String linkId,
                        @Schema(examples = "Please give the number of the line and who operates it") String text) {
}
