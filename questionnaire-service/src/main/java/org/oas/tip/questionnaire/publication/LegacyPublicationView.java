package org.oas.tip.questionnaire.publication;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** A row of the per-instrument outbox of before issue 9, read only. */
@Schema(name = "InstrumentPublication", description = "One instrument published alone, as accepted responses were before the bulk reconcile")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LegacyPublicationView(long id, String cycle, String country, String question, int position,
                                    InstrumentPublication.Status status, int attempts, String lastError,
                                    @Schema(description = "The registry's instrument id, once delivered") Long instrumentId,
                                    OffsetDateTime enqueuedAt, OffsetDateTime deliveredAt) {

    static LegacyPublicationView of(InstrumentPublication p) {
        return new LegacyPublicationView(p.id, p.cycle, p.country, p.question, p.position, p.status, p.attempts, p.lastError,
                p.registryId, p.enqueuedAt, p.deliveredAt);
    }
}
