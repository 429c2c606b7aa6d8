package org.oas.tip.analytics.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.tip.analytics.Report;
import org.oas.tip.analytics.indicator.IndicatorChange;
import org.oas.tip.analytics.indicator.Respondents;

import java.util.List;

/** How the published figures moved from an earlier report (usually the previous cycle's) to this one. */
@Schema(name = "ReportProgress", description = "Indicator by indicator as published: value, share and mean before and after, "
        + "and per category the countries that entered and left it")
public record ReportProgressView(
        long reportId,
        @Schema(examples = "2023-2026") String cycle,
        String title,
        Report.Status status,
        @Schema(description = "The report compared against") long since,
        @Schema(examples = "2015-2018") String sinceCycle,
        String sinceTitle,
        Report.Status sinceStatus,
        Respondents respondents,
        @Schema(description = "Only the indicators that moved, unless all were asked for") List<IndicatorChange> changes) {

    public static ReportProgressView of(Report now, Report before, Respondents respondents, List<IndicatorChange> changes) {
        return new ReportProgressView(now.id, now.cycle, now.title, now.status, before.id, before.cycle, before.title,
                before.status, respondents, changes);
    }
}
