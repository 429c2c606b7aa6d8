package org.oas.tip.analytics.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A population figure as the API shows it. */
@Schema(name = "Population", description = "The population of a country in a year")
public record PopulationView(
        @Schema(examples = "ARG") String country,
        @Schema(examples = "2017") int year,
        @Schema(examples = "44044811") long population,
        @Schema(examples = "UN DESA World Population Prospects 2024") String source) {
}
