package org.oas.tip.analytics.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.tip.analytics.indicator.IndicatorChange;
import org.oas.tip.analytics.indicator.Respondents;

import java.time.Instant;
import java.util.List;

/** How the indicators moved from an earlier snapshot (usually the previous cycle) to this one. */
@Schema(name = "Progress", description = "Indicator by indicator, with the countries that entered and left each bucket")
public record ProgressView(long snapshotId, @Schema(examples = "2019-2022") String cycle, Instant takenAt,
                           @Schema(description = "The snapshot compared against") long since,
                           @Schema(examples = "2015-2018") String sinceCycle, Instant sinceTakenAt,
                           Respondents respondents,
                           @Schema(description = "Only the indicators that moved, unless all were asked for") List<IndicatorChange> changes) {
}
