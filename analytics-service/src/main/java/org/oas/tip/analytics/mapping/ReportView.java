package org.oas.tip.analytics.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.tip.analytics.Report;

import java.time.Instant;
import java.util.List;

/** A report as the API shows it; its sections only when one report is asked for. */
@Schema(name = "Report", description = "A progress report assembled from one snapshot, and where it stands")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportView(
        long id,
        @Schema(examples = "2015-2018") String cycle,
        @Schema(examples = "Progress report 2015-2018") String title,
        Report.Status status,
        long snapshotId,
        Instant snapshotTakenAt,
        Instant createdAt,
        Instant reviewStartedAt,
        Instant finalizedAt,
        @Schema(description = "Sections A-G with their indicators as published (drill-down to public records only)")
        List<SectionView> sections) {

    /** One section of the report with its figures. */
    @Schema(name = "ReportSection")
    public record SectionView(@Schema(examples = "D") String section, String title, List<ResultView> indicators) {
    }

    public static ReportView of(Report r, Instant takenAt, List<SectionView> sections) {
        return new ReportView(r.id, r.cycle, r.title, r.status, r.snapshotId, takenAt, r.createdAt, r.reviewStartedAt,
                r.finalizedAt, sections);
    }
}
