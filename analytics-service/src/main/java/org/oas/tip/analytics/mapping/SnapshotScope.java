package org.oas.tip.analytics.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.tip.analytics.indicator.InstrumentRecord;
import org.oas.tip.analytics.indicator.ReferenceDate;
import org.oas.tip.analytics.indicator.Snapshot;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a snapshot took and why, worked out from its frozen content, so it says the same for as long as the snapshot exists. */
@Schema(name = "SnapshotScope", description = "What the snapshot took and why")
public record SnapshotScope(
        @Schema(description = "The rule the snapshot follows", examples = RULE) String rule,
        @Schema(description = "The query the registry's instruments were read with; absent in snapshots taken before it was "
                + "recorded", examples = "cycle=2015-2018") String registryRead,
        @Schema(description = "The date \"in force\" and durations are read at", examples = "2018-12-31") LocalDate referenceDate,
        @Schema(description = "CYCLE: the cycle's reference date, read from the questionnaire service; CYCLE_NAME or TAKEN_AT: "
                + "a fallback for a snapshot without one (31 December of the last year of the cycle's name, or of the year "
                + "it was taken)") ReferenceDate.Source referenceDateSource,
        @Schema(examples = "Reference year 2018, of the cycle's reference date 2018-12-31") String referenceDateNote,
        @Schema(description = "The countries whose assignment was ACCEPTED; only their rows count") List<String> respondents,
        @Schema(description = "Instruments taken, by kind") Map<String, Integer> instrumentsByKind,
        @Schema(description = "Instruments taken, by why the cycle holds them: the registry's action (REPORTED, CONFIRMED, "
                + "UPDATED, ENDED, WITHDRAWN, ATTACHED, CORRECTED); UNRECORDED for instruments without one (all of them in "
                + "snapshots taken before the registry said why)") Map<String, Integer> instrumentsByReason,
        @Schema(description = "The instruments taken because the secretariat attached or corrected them, or whose version is "
                + "an amendment; also listed in the data notes of the reports on the snapshot")
        List<SnapshotAdjustment> adjustments,
        int instrumentCount,
        @Schema(description = "Analysts' coded answers taken") int codedAnswerCount,
        @Schema(description = "Raw answers of the respondents taken (closed and structured items)") int rawAnswerCount) {

    public static final String RULE = "instruments the cycle reported or confirmed, in the version it established, amendments "
            + "of its answers included, and those the secretariat attached to it or corrected in it, each of these listed in "
            + "adjustments; accepted answers of its respondents, analysts' codes overriding raw answers";

    /** The reason of an instrument without a cycle entry. */
    public static final String UNRECORDED = "UNRECORDED";

    public static SnapshotScope of(Snapshot s) {
        Map<String, Integer> byKind = new TreeMap<>();
        Map<String, Integer> byReason = new TreeMap<>();
        for (InstrumentRecord i : s.instruments()) {
            byKind.merge(String.valueOf(i.kind()), 1, Integer::sum);
            byReason.merge(i.cycleEntry() == null || i.cycleEntry().action() == null ? UNRECORDED : i.cycleEntry().action(), 1,
                    Integer::sum);
        }
        ReferenceDate reference = ReferenceDate.of(s);
        return new SnapshotScope(RULE, s.registryRead(), reference.date(), reference.source(), reference.note(s.cycle()),
                s.respondents(), byKind, byReason, SnapshotAdjustment.of(s), s.instruments().size(), s.codedAnswers().size(),
                s.rawAnswers().size());
    }
}
