package org.oas.tip.questionnaire.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The secretariat's decision on the conflicting entries of a publication. */
@Schema(name = "ConflictResolution", description = "Per conflicting entry, whose values stay: the country's or the registry's")
public record ResolutionInput(
        @Schema(description = "Why (kept in the history); optional") String reason,
        @Schema(required = true) List<Keep> entries) {

    /** One conflicting entry and the side that wins. */
    @Schema(name = "ConflictDecision")
    public record Keep(@Schema(examples = "B.plans[1]", required = true) String ref,
                       @Schema(enumeration = {"COUNTRY", "REGISTRY"}, required = true) String keep) {
    }
}
