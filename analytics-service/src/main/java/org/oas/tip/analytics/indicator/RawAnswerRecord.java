package org.oas.tip.analytics.indicator;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * One value of a closed or structured item as a respondent's accepted answers hold it, uncoded: the country, the item,
 * where the value sits in that country's answers document (a JSON pointer, e.g. {@code /B/B.plan_transition} or
 * {@code /C/C.flows/C.flows.routes/0/C.flows.routes.transport_modes/1}) and the value. A repeated item gives one record
 * per value.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RawAnswerRecord(String country, String linkId, String pointer,
        @Schema(implementation = Object.class, oneOf = {String.class, BigDecimal.class, Boolean.class}, examples = "true",
                description = "The answer as the respondent gave it: a code or text, a number or a yes/no") JsonNode value) {

    /** How a drill-down names the answer: the assignment (the snapshot's cycle and this country) and the pointer. */
    @JsonIgnore
    public String ref() {
        return country + "#" + pointer;
    }
}
