package org.oas.tip.analytics.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.tip.analytics.sdg.Observation;
import org.oas.tip.analytics.sdg.SdgResult;

import java.time.Instant;
import java.util.List;

/** SDG indicator 16.2.2 of one snapshot, as computed (restricted) or as published (small counts suppressed). */
@Schema(name = "Sdg16_2_2", description = "Detected victims of trafficking per 100,000 population, by sex, age and form of exploitation")
public record SdgView(
        long snapshotId,
        Instant takenAt,
        @Schema(description = "Counts above zero and below this are hidden (with a few others, so they cannot be worked out "
                + "from the totals); null when nothing is suppressed", examples = "5") Integer suppressionThreshold,
        List<Observation> observations,
        List<String> notes,
        @Schema(description = "The countries that reported detected victims") List<String> countries) {

    public static SdgView of(long snapshotId, Instant takenAt, Integer threshold, SdgResult result) {
        return new SdgView(snapshotId, takenAt, threshold, result.observations(), result.notes(), result.countries());
    }
}
