package org.oas.tip.registry.mapping;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.tip.registry.Confidentiality;
import org.oas.tip.registry.InstrumentKind;

/** An instrument as a client creates or replaces it. Only the details group of its kind may be given. */
@Schema(name = "InstrumentInput", description = "A national instrument to create or replace")
public record InstrumentInput(
        @NotBlank @Pattern(regexp = "[A-Za-z]{3}", message = "must be an ISO 3166-1 alpha-3 code")
        @Schema(examples = "ARG") String country,
        @NotNull InstrumentKind kind,
        @NotBlank @Size(max = 1000) @Schema(description = "Title in its original language",
                examples = "Ley 26.364 de Prevención y Sanción de la Trata de Personas y Asistencia a sus Víctimas") String title,
        @Size(max = 1000) String titleEn,
        @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "must be a BCP 47 language tag such as es or pt-BR")
        @Schema(examples = "es") String language,
        @Size(max = 1000) String institution,
        @Min(1900) @Max(2100) @Schema(examples = "2008") Integer yearStart,
        @Min(1900) @Max(2100) Integer yearEnd,
        @Size(max = 2000) @Schema(examples = "https://www.argentina.gob.ar/normativa/nacional/ley-26364-140100") String link,
        Boolean foundOnline,
        @Schema(description = "PUBLIC (default) or RESTRICTED to the secretariat, analysts and the owning country")
        Confidentiality confidentiality,
        @Valid ProvenanceInput provenance,
        @Valid Details.Body body,
        @Valid Details.Law law,
        @Valid Details.Plan plan,
        @Valid Details.Channel channel,
        @Valid Details.Protocol protocol,
        @Valid Details.Unit unit,
        @Valid Details.InformationSystem informationSystem,
        @Valid Details.Shelter shelter) {
}
