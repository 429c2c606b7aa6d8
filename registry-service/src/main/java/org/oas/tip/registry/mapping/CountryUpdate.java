package org.oas.tip.registry.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.tip.registry.Subregion;

/** The editable facts of a member state. */
@Schema(name = "CountryUpdate", description = "Names, subregion and participation of a member state")
public record CountryUpdate(
        @NotBlank @Size(max = 100) String nameEn,
        @NotBlank @Size(max = 100) String nameEs,
        @NotBlank @Size(max = 100) String nameFr,
        @NotBlank @Size(max = 100) String namePt,
        @NotNull Subregion subregion,
        @NotNull Boolean active) {
}
