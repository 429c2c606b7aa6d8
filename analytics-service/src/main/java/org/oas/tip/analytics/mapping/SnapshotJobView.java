package org.oas.tip.analytics.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.tip.analytics.SnapshotJob;

import java.time.Instant;

/** A snapshot job as the API shows it. */
@Schema(name = "SnapshotJob", description = "The background pull that makes a snapshot")
public record SnapshotJobView(
        long id,
        @Schema(examples = "2015-2018") String cycle,
        @Schema(enumeration = {"QUEUED", "RUNNING", "DONE", "FAILED"}) String status,
        @Schema(description = "Pages read so far from the questionnaire service and the registry (its instruments, "
                + "read in one stream, count a page for every 1000 read)") int pagesFetched,
        @Schema(description = "Why the job failed") String error,
        @Schema(description = "The snapshot made, once DONE") Long snapshotId,
        Instant createdAt,
        Instant finishedAt) {

    public static SnapshotJobView of(SnapshotJob j) {
        return new SnapshotJobView(j.id, j.cycle, j.status.name(), j.pagesFetched, j.error, j.snapshotId, j.createdAt,
                j.finishedAt);
    }
}
