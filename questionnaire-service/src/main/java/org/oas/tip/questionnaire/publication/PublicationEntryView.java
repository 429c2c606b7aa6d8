package org.oas.tip.questionnaire.publication;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of a response's publication: what was asked of the registry, and what it did. */
@Schema(name = "PublicationEntry")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublicationEntryView(
        @Schema(description = "The entry: group linkId and position", examples = "B.plans[1]") String ref,
        @Schema(description = "CREATE, UPDATE, CONFIRM, END or WITHDRAW", examples = "UPDATE") String action,
        @Schema(description = "The registry's instrument") Long registryId,
        @Schema(description = "The revision the country saw") Integer baseRevision,
        @Schema(description = "The registry's outcome: CREATED, UPDATED, CONFIRMED, ENDED, WITHDRAWN, UNCHANGED or CONFLICT")
        String outcome,
        @Schema(description = "The instrument's revision after the entry (for a conflict: the registry's current one)") Integer revision,
        @Schema(description = "For CONFLICT: per field, the value the country saw, the country's and the registry's",
                implementation = Object.class, examples = "[{\"field\":\"yearEnd\",\"baseValue\":2020,\"countryValue\":2030,\"registryValue\":2022}]")
        JsonNode conflicts) {
}
