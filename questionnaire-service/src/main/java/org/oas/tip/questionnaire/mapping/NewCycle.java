package org.oas.tip.questionnaire.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** What the secretariat gives to open a reporting cycle. */
@Schema(name = "NewCycle", description = "A reporting round to open")
public record NewCycle(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "letters, digits, '.', '_' and '-' only")
        @Schema(examples = "2019-2023") String code,
        @NotBlank @Size(max = 200) @Schema(examples = "III Work Plan against Trafficking in Persons 2019-2023") String title,
        @NotNull @Schema(examples = "2024-03-01") LocalDate opensOn,
        @NotNull @Schema(examples = "2024-06-30") LocalDate deadline,
        @NotBlank @Schema(description = "Code of the published questionnaire the cycle asks", examples = "oas-tip-structured") String questionnaire,
        @NotBlank @Schema(description = "Its version", examples = "1") String questionnaireVersion) {
}
