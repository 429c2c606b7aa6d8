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
        int answerCount,
        @Schema(description = "Instruments, coded answers, respondents and country names as pulled") Snapshot content) {
}
