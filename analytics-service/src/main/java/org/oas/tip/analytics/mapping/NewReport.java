package org.oas.tip.analytics.mapping;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the secretariat gives to assemble a report: the snapshot, and optionally a title. */
@Schema(name = "NewReport")
public record NewReport(
        @NotNull @Positive @Schema(examples = "1") Long snapshotId,
        @Size(min = 1, max = 300) @Schema(description = "Defaults to \"Progress report <cycle>\"") String title) {
}
