package org.oas.tip.analytics.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A population figure the secretariat loads for a country and year. */
@Schema(name = "PopulationInput", description = "Population and its source")
public record PopulationInput(
        @NotNull @Positive @Schema(examples = "44044811") Long population,
        @NotBlank @Size(max = 200) @Schema(examples = "UN DESA World Population Prospects 2024") String source) {
}
