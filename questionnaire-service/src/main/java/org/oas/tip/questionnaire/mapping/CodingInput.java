package org.oas.tip.questionnaire.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An analyst's coding of an answer: the structured item it feeds, the code, and what it was coded from. */
@Schema(name = "CodingInput", description = "A coded value for an item of the structured questionnaire")
public record CodingInput(
        @Schema(examples = "C.populations.identified") String linkId,
        Integer repeatIndex,
        @Schema(implementation = Object.class, examples = "MIGRATION_STATUS") JsonNode value,
        @Schema(description = "What was coded, e.g. the open answer's linkId", examples = "Q26") String source) {
}
