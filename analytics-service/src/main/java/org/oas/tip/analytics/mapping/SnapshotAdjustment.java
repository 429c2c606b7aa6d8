package org.oas.tip.analytics.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.tip.analytics.indicator.InstrumentRecord;
import org.oas.tip.analytics.indicator.Snapshot;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * An instrument a snapshot took not only because its cycle's answers reported it: the secretariat attached it to the cycle
 * or corrected the revision the cycle holds, or that revision is an amendment of the cycle's answers.
 */
@Schema(name = "SnapshotAdjustment", description = "An instrument taken because the secretariat attached or corrected it, "
        + "or whose version is an amendment of the cycle's answers")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SnapshotAdjustment(
        long instrumentId,
        @Schema(examples = "ARG") String country,
        @Schema(examples = "LAW") String kind,
        @Schema(description = "ATTACHED or CORRECTED (the secretariat, with its reason), else AMENDMENT (the version's origin)")
        Why why,
        @Schema(description = "The revision the snapshot took") Integer revision,
        @Schema(description = "For a correction: the revision the cycle held before") Integer previousRevision,
        @Schema(description = "The secretariat's reason for an attachment or a correction",
                examples = "The 2016 amendment was published after the answer") String reason) {

    /** Why an instrument is listed; an attachment or correction says so even when its version is also an amendment. */
    @Schema(name = "AdjustmentWhy")
    public enum Why { ATTACHED, CORRECTED, AMENDMENT }

    /** The snapshot's adjustments by country, then instrument; none in snapshots taken before the registry said why. */
    public static List<SnapshotAdjustment> of(Snapshot s) {
        return s.instruments().stream().map(SnapshotAdjustment::of).filter(Objects::nonNull)
                .sorted(Comparator.comparing(SnapshotAdjustment::country, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingLong(SnapshotAdjustment::instrumentId))
                .toList();
    }

    /** The adjustment an instrument is, or null when its cycle's answers alone brought it. */
    static SnapshotAdjustment of(InstrumentRecord i) {
        InstrumentRecord.CycleEntry e = i.cycleEntry();
        if (e == null) {
            return null;
        }
        Why why = "ATTACHED".equals(e.action()) ? Why.ATTACHED
                : "CORRECTED".equals(e.action()) ? Why.CORRECTED
                : "AMENDMENT".equals(e.origin()) ? Why.AMENDMENT : null;
        return why == null ? null
                : new SnapshotAdjustment(i.id(), i.country(), i.kind(), why, e.revision(), e.previousRevision(), e.reason());
    }
}
