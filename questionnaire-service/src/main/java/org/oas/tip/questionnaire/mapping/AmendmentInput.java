package org.oas.tip.questionnaire.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The secretariat's correction of an accepted response. */
@Schema(name = "Amendment", description = "Why, and the changed answers as a JSON merge patch keyed by linkId ({} republishes as it is)")
public record AmendmentInput(
        @Schema(description = "Why the accepted answers change (kept in the history), up to 2,000 characters", required = true,
                examples = "The registry refused the hotline number written with letters; corrected with the focal point by e-mail")
        String reason,
        @Schema(description = "A JSON merge patch of the answer document, like PATCH .../answers ({} changes nothing)",
                ref = "AnswerDocument")
        JsonNode answers) {
}
