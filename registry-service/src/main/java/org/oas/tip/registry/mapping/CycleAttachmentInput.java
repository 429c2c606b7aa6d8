package org.oas.tip.registry.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The secretariat's attachment of an instrument to a cycle, or correction of the revision a cycle establishes. */
@Schema(name = "CycleAttachmentInput", description = "Why (required, 1 to 500 characters, public: it appears in the report's "
        + "notes) and which revision the cycle establishes (default: the instrument's current one). No other field.")
public record CycleAttachmentInput(
        @Schema(required = true, maxLength = 500, examples = "omitted from the 2015-2018 report by mistake: law in force since 2008")
        String reason,
        @Schema(minimum = "1", description = "An existing revision of the instrument (see /versions)", examples = "2") Integer revision) {
}
