package org.oas.tip.registry.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.tip.registry.InstrumentCycle;
import org.oas.tip.registry.InstrumentVersion;

import java.time.OffsetDateTime;

/** What one cycle holds of one instrument: what it said, the revision it established, and the secretariat's reason. */
@Schema(name = "CycleEntry", description = "An instrument's record in one cycle: what the cycle said (REPORTED, CONFIRMED, UPDATED, "
        + "ENDED, WITHDRAWN) or what the secretariat did (ATTACHED: an instrument the cycle did not report; CORRECTED: another "
        + "revision of one it did), the revision the cycle establishes and that version's origin. The reason is public: it "
        + "appears in the published report's notes.")
public record CycleEntry(
        @Schema(examples = "791") long instrumentId,
        @Schema(examples = "2015-2018") String cycle,
        InstrumentCycle.Action action,
        @Schema(description = "The revision the cycle establishes (see /instruments/{id}/versions)", examples = "2") int revision,
        @Schema(description = "Where that version came from") InstrumentVersion.Origin origin,
        @Schema(description = "CORRECTED (or an ATTACHED record moved to another revision): the revision established before",
                examples = "1") Integer previousRevision,
        @Schema(description = "Why the secretariat attached or corrected it; null for the cycle's own records. Shown to everyone "
                + "who sees the instrument", examples = "omitted from the 2015-2018 report by mistake: law in force since 2008")
        String reason,
        @Schema(description = "When this record was last written") OffsetDateTime recordedAt,
        @Schema(description = "Who of the secretariat attached or corrected it (the token's subject); shown only to the "
                + "secretariat, analysts and the instrument's focal point, like the history") String attachedBy) {

    /**
     * The entry of a stored row.
     *
     * @param showsWho whether the caller may read who made it (the secretariat, analysts, the instrument's focal point)
     */
    public static CycleEntry of(InstrumentCycle row, InstrumentVersion.Origin origin, boolean showsWho) {
        return new CycleEntry(row.instrumentId, row.cycle, row.action, row.revision, origin, row.previousRevision, row.reason,
                row.recordedAt, showsWho ? row.attachedBy : null);
    }
}
