package org.oas.tip.registry.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.tip.registry.InstrumentChange;

import java.time.OffsetDateTime;

/** One entry of an instrument's history. */
@Schema(name = "InstrumentChange", description = "Who changed an instrument, when, and how it looked before and after")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChangeView(
        long id,
        OffsetDateTime changedAt,
        InstrumentChange.Action action,
        @Schema(description = "The token's subject") String subject,
        @Schema(description = "The OAuth client") String client,
        @Schema(description = "The country of a focal point's token") String actorCountry,
        @Schema(implementation = Object.class, description = "The instrument before (absent on creation); for CYCLE_ATTACHED and "
                + "CYCLE_DETACHED its CycleEntry in the cycle before (absent when it had none)") JsonNode before,
        @Schema(implementation = Object.class, description = "The instrument after; for CYCLE_ATTACHED its CycleEntry after, for "
                + "CYCLE_DETACHED {instrumentId, cycle, detached: true, reason}") JsonNode after) {
}
