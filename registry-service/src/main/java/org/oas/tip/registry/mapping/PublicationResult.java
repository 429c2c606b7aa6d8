package org.oas.tip.registry.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What a publication did with each entry. */
@Schema(name = "CyclePublicationResult", description = "The outcome of each entry, in the order of the request")
public record PublicationResult(String key, String cycle, String country, List<EntryResult> results) {

    /** What happened to one entry. */
    public enum Outcome { CREATED, UPDATED, CONFIRMED, ENDED, WITHDRAWN, UNCHANGED, CONFLICT }

    /** One entry's outcome: the instrument and its revision now, or the conflicts that kept it from being applied. */
    @Schema(name = "CyclePublicationEntryResult")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EntryResult(String ref, Long registryId, Integer revision, Outcome outcome, List<FieldConflict> conflicts) {
    }

    /** A field the country and the registry both changed since the revision the country saw, to different values. */
    @Schema(name = "CyclePublicationConflict")
    public record FieldConflict(
            @Schema(examples = "yearEnd") String field,
            @Schema(implementation = Object.class, description = "At the revision the country saw") JsonNode baseValue,
            @Schema(implementation = Object.class, description = "What the country's answer says") JsonNode countryValue,
            @Schema(implementation = Object.class, description = "What the registry holds now") JsonNode registryValue) {
    }
}
