package org.oas.tip.questionnaire.publication;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

/** One accepted response's publication (one revision) as the secretariat follows it; the body only when one is asked for. */
@Schema(name = "Publication", description = "An accepted response on its way to the registry as one bulk reconcile")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublicationView(
        long id,
        @Schema(examples = "2023-2026") String cycle,
        @Schema(examples = "ARG") String country,
        @Schema(description = "1, 2, 3... per response: each acceptance or amendment that changes the body adds one", examples = "1")
        int revision,
        @Schema(description = "The registry's idempotency key, cycle/country/revision", examples = "2023-2026/ARG/1") String key,
        @Schema(description = "An amendment of accepted answers by the secretariat (registry versions of origin AMENDMENT)")
        boolean amendment,
        @Schema(description = "The secretariat's reason, for an amendment") String reason,
        Publication.Status status,
        @Schema(description = "Failed attempts so far") int attempts,
        @Schema(description = "When a PENDING one is tried next") OffsetDateTime nextAttemptAt,
        OffsetDateTime lastAttemptAt,
        @Schema(description = "Why the last attempt failed: the registry's problem detail, or why it could not be reached",
                examples = "HTTP 400: entries[3].changes.channel.contact: must be a telephone number") String lastError,
        @Schema(description = "A refusal's violations, as the registry named them (FAILED)", implementation = Object.class)
        JsonNode violations,
        @Schema(description = "Every entry sent, with the registry's result once it answered") List<PublicationEntryView> entries,
        OffsetDateTime createdAt,
        @Schema(description = "When the registry answered") OffsetDateTime deliveredAt,
        @Schema(description = "The request body (POST /api/registry/v1/cycle-publications); only on GET /publications/{id}",
                implementation = Object.class) JsonNode body) {
}
