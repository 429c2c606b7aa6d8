package org.oas.tip.analytics.indicator;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

/** A coded answer as the questionnaire service serves it ({@code GET .../cycles/{cycle}/coded-answers}): one value of an item. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CodedAnswerRecord(long id, String country, String linkId, Integer repeatIndex, JsonNode value, String source) {
}
