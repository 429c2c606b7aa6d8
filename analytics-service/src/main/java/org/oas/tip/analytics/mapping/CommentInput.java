package org.oas.tip.analytics.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A focal point's comment on one part of a report under country review. */
@Schema(name = "ReportCommentInput")
public record CommentInput(
        @NotBlank @Schema(description = "The part of the report: a section A-G, SDG_16_2_2 or APPENDICES", examples = "E") String section,
        @NotBlank @Size(max = 10000) @Schema(examples = "Our dedicated line 145 is also multilingual since 2019.") String text) {
}
