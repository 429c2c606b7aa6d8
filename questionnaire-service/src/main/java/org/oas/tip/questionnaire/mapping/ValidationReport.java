package org.oas.tip.questionnaire.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.tip.questionnaire.definition.Problem;

import java.util.List;

/** The outcome of a validate-only call: nothing is stored. */
@Schema(name = "ValidationReport", description = "Whether the answers (with the patch applied) would be accepted, and every problem by linkId")
public record ValidationReport(
        @Schema(description = "No problem: a save (DRAFT) or a submission (SUBMISSION) would be accepted") boolean valid,
        @Schema(description = "The mode checked", enumeration = {"DRAFT", "SUBMISSION"}) String mode,
        @Schema(description = "Every problem, by linkId and JSON pointer") List<Problem> problems) {
}
