package org.oas.tip.questionnaire.publication;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.Map;

/** How publication to the registry is going: responses per status, and how long the oldest pending one has waited. */
@Schema(name = "PublicationSummary", description = "Counts of response publications by status and the age of the oldest pending one")
public record PublicationSummary(
        Map<Publication.Status, Long> byStatus,
        @Schema(description = "When the oldest PENDING one was queued; absent when none is pending") OffsetDateTime oldestPendingSince,
        @Schema(description = "Its age in seconds; absent when none is pending", examples = "42") Long oldestPendingAgeSeconds) {
}
