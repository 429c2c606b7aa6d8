package org.oas.tip.questionnaire.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A later deadline for one country, with the reason. */
@Schema(name = "ExtensionRequest", description = "A later deadline for one country")
public record ExtensionRequest(
        @Schema(examples = "HTI") String country,
        @Schema(examples = "2017-02-28", description = "Later than the current deadline, at most 2200-12-31") LocalDate newDeadline,
        @Schema(examples = "Change of national authority") String reason) {
}
