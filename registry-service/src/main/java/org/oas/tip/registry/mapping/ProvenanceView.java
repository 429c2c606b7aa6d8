package org.oas.tip.registry.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.tip.registry.Provenance;

import java.util.List;

/** Where a record comes from; on a write only {@code note} is the caller's to give (the rest is the system's). */
@Schema(name = "Provenance", description = "The record's origin: the baseline report, a cycle's answer (cycle, question, "
        + "position), the secretariat's desk research or a country's own entry. Set by the system: a write may give only `note` "
        + "(and `source` only as the value the write gets: DESK_RESEARCH for the secretariat, COUNTRY_ENTRY for a focal point)")
public record ProvenanceView(
        Provenance.Source source,
        @Size(max = 40) @Schema(examples = "2015-2018", readOnly = true) String cycle,
        @Size(max = 100) @Schema(examples = "E.1.1", readOnly = true) String question,
        @PositiveOrZero @Schema(readOnly = true) Integer position,
        @Size(max = 2000) String note,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(readOnly = true, description = "Every cycle that reported or confirmed the instrument, oldest first")
        List<CycleView> cycles) {

    public ProvenanceView withCycles(List<CycleView> list) {
        return new ProvenanceView(source, cycle, question, position, note, list);
    }
}
