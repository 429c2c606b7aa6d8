package org.oas.tip.registry.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.tip.registry.InstrumentCycle;

import java.time.OffsetDateTime;

/** A cycle that reported or confirmed an instrument. */
@Schema(name = "ProvenanceCycle", description = "A cycle that reported or confirmed the instrument, the answer it came from, "
        + "and the revision it established")
public record CycleView(
        @Schema(examples = "2023-2026") String cycle,
        @Schema(examples = "B.plans") String question,
        Integer position,
        InstrumentCycle.Action action,
        int revision,
        OffsetDateTime recordedAt) {

    public static CycleView of(InstrumentCycle c) {
        return new CycleView(c.cycle, c.question, c.position, c.action, c.revision, c.recordedAt);
    }
}
