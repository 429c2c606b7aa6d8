package org.oas.tip.registry.mapping;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.tip.registry.Provenance;

/**
 * The provenance a write may carry: only {@code note} is the caller's to give. The other fields are here so that a
 * claim to them is refused by name (400), not silently dropped; the system sets them.
 */
@Schema(name = "ProvenanceInput", description = "Set by the system: a write may give only `note` (and `source` only as the value "
        + "the write gets: DESK_RESEARCH for the secretariat, COUNTRY_ENTRY for a focal point); cycle, question and position "
        + "are refused")
public record ProvenanceInput(
        Provenance.Source source,
        @Size(max = 40) String cycle,
        @Size(max = 100) String question,
        @PositiveOrZero Integer position,
        @Size(max = 2000) String note) {
}
