package org.oas.tip.registry.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.tip.registry.InstrumentStatus;

import java.time.LocalDate;

/** A change of an instrument's status (not a withdrawal, which has its own request). */
@Schema(name = "StatusChange", description = "IN_FORCE, ENDED or REPEALED, the date it changed (required for ENDED and "
        + "REPEALED) and why")
public record StatusChange(
        @Schema(examples = "ENDED") InstrumentStatus status,
        @Schema(examples = "2025-06-30") LocalDate date,
        @Schema(description = "Up to 2000 characters; becomes the statusReason") String note) {
}
