package org.oas.tip.registry.mapping;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.tip.registry.Provenance;

/** Where a record comes from. */
@Schema(name = "Provenance", description = "A cycle's answer (cycle, question, position), desk research, or the baseline report")
public record ProvenanceView(
        Provenance.Source source,
        @Size(max = 40) @Schema(examples = "2015-2018") String cycle,
        @Size(max = 100) @Schema(examples = "E.1.1") String question,
        @PositiveOrZero Integer position,
        @Size(max = 2000) String note) {
}
