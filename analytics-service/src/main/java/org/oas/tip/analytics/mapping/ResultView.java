package org.oas.tip.analytics.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.tip.analytics.indicator.Bucket;
import org.oas.tip.analytics.indicator.IndicatorResult;
import org.oas.tip.analytics.indicator.Stats;

import java.time.Instant;
import java.util.List;

/** An indicator result together with the snapshot it was computed on. */
@Schema(name = "IndicatorResult", description = "The value of one indicator on one snapshot, with its buckets")
public record ResultView(
        long snapshotId,
        Instant takenAt,
        @Schema(examples = "D.legal_path") String code,
        @Schema(examples = "2015-2018") String cycle,
        Integer value,
        Integer numerator,
        Integer denominator,
        Double percentage,
        List<Bucket> buckets,
        Stats stats,
        List<String> notes) {

    public static ResultView of(long snapshotId, Instant takenAt, IndicatorResult r) {
        return new ResultView(snapshotId, takenAt, r.code(), r.cycle(), r.value(), r.numerator(), r.denominator(),
                r.percentage(), r.buckets(), r.stats(), r.notes());
    }
}
