package org.oas.tip.registry.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.tip.registry.Subregion;

/** A member state as the API shows it. */
@Schema(name = "Country", description = "An OAS member state")
public record CountryView(
        @Schema(description = "ISO 3166-1 alpha-3 code", examples = "ARG") String iso3,
        @Schema(examples = "Argentina") String nameEn,
        @Schema(examples = "Argentina") String nameEs,
        @Schema(examples = "Argentine") String nameFr,
        @Schema(examples = "Argentina") String namePt,
        Subregion subregion,
        @Schema(description = "Takes part in the OAS reporting exercise") boolean active) {
}
