package org.oas.tip.questionnaire.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** One entry of a response's history. */
@Schema(name = "ResponseChange", description = "One answer saved or amended (before and after), or a status change, with who did it and, for an amendment, why")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChangeView(long id, OffsetDateTime changedAt, String action, String subject, String client, String actorCountry,
                         String linkId, String pointer,
                         @Schema(implementation = Object.class) JsonNode before,
                         @Schema(implementation = Object.class) JsonNode after,
                         @Schema(description = "Why: the secretariat's reason for an amendment or a conflict resolution") String reason) {
}
