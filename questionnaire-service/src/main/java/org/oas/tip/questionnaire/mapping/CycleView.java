package org.oas.tip.questionnaire.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A reporting cycle as the API shows it. */
@Schema(name = "Cycle", description = "A reporting round")
public record CycleView(
        @Schema(examples = "2015-2018") String code,
        @Schema(examples = "II Work Plan against Trafficking in Persons in the Western Hemisphere, 2015-2018") String title,
        @Schema(examples = "2016-10-20") LocalDate opensOn,
        @Schema(examples = "2016-12-14") LocalDate deadline,
        @Schema(description = "The one date \"in force\" and durations are read at", examples = "2018-12-31") LocalDate referenceDate,
        @Schema(examples = "oas-tip-2016") String questionnaire,
        @Schema(examples = "1") String questionnaireVersion,
        @Schema(description = "When the cycle was closed to further answers") OffsetDateTime closedAt) {
}
