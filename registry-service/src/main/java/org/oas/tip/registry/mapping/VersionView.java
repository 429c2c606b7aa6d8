package org.oas.tip.registry.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.tip.registry.InstrumentVersion;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One content version of an instrument. */
@Schema(name = "InstrumentVersion", description = "A content version: from when it is valid, who recorded it, from where, "
        + "and the instrument as it was")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VersionView(
        @Schema(examples = "2") int revision,
        @Schema(description = "Valid from this date (a cycle's reference date, or the day of a direct entry); absent: since the start")
        LocalDate validFrom,
        OffsetDateTime recordedAt,
        InstrumentVersion.Origin origin,
        @Schema(examples = "2023-2026") String cycle,
        String subject,
        String client,
        String actorCountry,
        @Schema(implementation = InstrumentView.class) JsonNode instrument) {
}
