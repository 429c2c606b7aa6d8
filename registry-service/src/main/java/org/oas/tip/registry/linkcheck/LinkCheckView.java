package org.oas.tip.registry.linkcheck;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** A link-check job as the API shows it; {@code checked} of {@code total} is its progress. */
@Schema(name = "LinkCheck", description = "A link-check job and its progress")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LinkCheckView(
        long id,
        LinkCheck.Status status,
        @Schema(description = "The country checked; absent for every country", examples = "ARG") String country,
        @Schema(description = "Who started it") String startedBy,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt,
        @Schema(description = "Instruments with a link in scope") int total,
        @Schema(description = "Links done so far: answered + failed + skipped") int checked,
        @Schema(description = "Answered with a final 2xx or 3xx status") int answered,
        @Schema(description = "Answered with another status, or did not answer in time") int failed,
        @Schema(description = "Not requested: the host is not in tip.registry.link-check.allowed-hosts") int skipped,
        @Schema(description = "Why a FAILED job stopped") String error) {

    static LinkCheckView of(LinkCheck job) {
        return new LinkCheckView(job.id, job.status, job.country, job.startedBy, job.startedAt, job.finishedAt, job.total,
                job.checked, job.answered, job.failed, job.skipped, job.error);
    }
}
