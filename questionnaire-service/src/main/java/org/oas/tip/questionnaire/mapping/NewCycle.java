package org.oas.tip.questionnaire.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.oas.tip.defaults.CycleCodes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** What the secretariat gives to open a reporting cycle. */
@Schema(name = "NewCycle", description = "A reporting round to open")
public record NewCycle(
        @NotBlank @Pattern(regexp = CycleCodes.PATTERN, message = CycleCodes.RULE)
        @Schema(examples = "2019-2023") String code,
        @NotBlank @Size(max = 200) @Schema(examples = "III Work Plan against Trafficking in Persons 2019-2023") String title,
        @NotNull @ApiDate @Schema(examples = "2024-03-01", description = "From 1900-01-01 to 2200-12-31") LocalDate opensOn,
        @NotNull @ApiDate @Schema(examples = "2024-06-30", description = "From 1900-01-01 to 2200-12-31, not before opensOn") LocalDate deadline,
        @NotBlank @Schema(description = "Code of the published questionnaire the cycle asks", examples = "oas-tip-structured") String questionnaire,
        @NotBlank @Schema(description = "Its version", examples = "1") String questionnaireVersion,
        @NotNull @ApiDate @Schema(description = "The one date \"in force\" and durations are read at, and from which the registry holds "
                + "the versions this cycle publishes valid (the countries' intro.reference_date answers stay information); from 1900-01-01 "
                + "to 2200-12-31",
                examples = "2023-12-31") LocalDate referenceDate,
        @Schema(description = "The member states it is assigned to (ISO 3166-1 alpha-3); all active member states when absent",
                examples = "[\"ARG\", \"MEX\"]") List<String> countries) {
}
