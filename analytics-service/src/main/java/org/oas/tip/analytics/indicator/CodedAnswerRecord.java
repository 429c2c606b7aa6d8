package org.oas.tip.analytics.indicator;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A coded answer as the questionnaire service serves it ({@code GET .../cycles/{cycle}/coded-answers}): one value of an item. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CodedAnswerRecord(long id, String country, String linkId, Integer repeatIndex,
        @Schema(implementation = Object.class, examples = "AGE", description = "The coded value as the questionnaire service "
                + "serves it: any JSON value, usually a code, a number or a yes/no") JsonNode value,
        String source) {
}
