package org.oas.tip.analytics.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.tip.analytics.indicator.Snapshot;

import java.time.Instant;

/** A snapshot as the API shows it; the content only when one snapshot is asked for. */
@Schema(name = "Snapshot", description = "A cycle's data frozen as pulled")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SnapshotView(
        long id,
        @Schema(examples = "2015-2018") String cycle,
        Instant takenAt,
        int instrumentCount,
        @Schema(description = "Coded answers") int answerCount,
        @Schema(description = "Raw answers of the respondents (closed and structured items)") int rawAnswerCount,
        @Schema(description = "What the snapshot took and why; only when one snapshot is asked for") SnapshotScope scope,
        @Schema(description = "Instruments, coded answers, respondents and country names as pulled") Snapshot content) {
}
