package org.oas.tip.questionnaire.publication;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** One instrument's publication as the secretariat follows it; the body only when one row is asked for. */
@Schema(name = "Publication", description = "An accepted answer's instrument on its way to the registry")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublicationView(
        long id,
        @Schema(examples = "2019-2023") String cycle,
        @Schema(examples = "ARG") String country,
        @Schema(description = "linkId of the questionnaire group", examples = "E.channels") String question,
        @Schema(description = "Index in the repeating group (0 when it does not repeat)", examples = "0") int position,
        @Schema(description = "The instrument's kind in the registry", examples = "REPORTING_CHANNEL") String kind,
        @Schema(examples = "Línea 145") String title,
        Publication.Status status,
        @Schema(description = "Failed attempts so far") int attempts,
        @Schema(description = "When a PENDING row is tried next") OffsetDateTime nextAttemptAt,
        OffsetDateTime lastAttemptAt,
        @Schema(description = "Why the last attempt failed: the registry's problem detail, or why it could not be reached",
                examples = "HTTP 400: channel.contact: size must be between 0 and 300") String lastError,
        @Schema(description = "The registry's instrument id, once delivered") Long instrumentId,
        OffsetDateTime createdAt,
        @Schema(description = "When the latest acceptance queued it") OffsetDateTime enqueuedAt,
        OffsetDateTime deliveredAt,
        @Schema(description = "The body sent to the registry (InstrumentInput); only on GET /publications/{id}",
                implementation = Object.class) JsonNode payload) {
}
