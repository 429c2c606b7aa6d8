package org.oas.tip.questionnaire.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** A value coded from a country's answers against an item of the structured questionnaire. */
@Schema(name = "CodedAnswer", description = "A comparable value coded from a country's answers")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CodedAnswerView(
        long id,
        @Schema(examples = "ARG") String country,
        @Schema(description = "Item of the structured questionnaire", examples = "C.populations.identified") String linkId,
        @Schema(description = "Entry of a repeating item or group") Integer repeatIndex,
        @Schema(implementation = Object.class, examples = "AGE") JsonNode value,
        @Schema(examples = "2015-2018 report, C.1 L570") String source,
        String codedBy,
        OffsetDateTime codedAt) {
}
