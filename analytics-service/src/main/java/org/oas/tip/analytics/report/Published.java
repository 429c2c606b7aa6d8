package org.oas.tip.analytics.report;

import org.oas.tip.analytics.indicator.IndicatorResult;
import org.oas.tip.analytics.indicator.InstrumentRecord;
import org.oas.tip.analytics.indicator.Snapshot;
import org.oas.tip.analytics.mapping.SnapshotAdjustment;
import org.oas.tip.analytics.sdg.Sdg1622;
import org.oas.tip.analytics.sdg.SdgResult;
import org.oas.tip.analytics.sdg.SdgSeries;
import org.oas.tip.analytics.sdg.Suppression;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a report may publish of one snapshot: its results with public drill-down, the respondents' public instruments,
 * SDG 16.2.2 with small counts suppressed (by form, and summed up to the SDG series for the SDMX export), and the respondents' adjustments (attachments, corrections, amendments), those
 * of restricted instruments without their id and reason.
 */
public record Published(long snapshotId, Instant takenAt, Map<String, String> countryNames, List<String> respondents,
                        List<IndicatorResult> results, List<InstrumentRecord> instruments, SdgResult sdg,
                        SdgResult sdgSeries, int suppressionThreshold, List<Adjustment> adjustments) {

    /** {@code threshold}: SDG 16.2.2 counts above zero and below it are suppressed. */
    public static Published of(long snapshotId, Snapshot snapshot, List<IndicatorResult> computed, int threshold) {
        PublicView view = new PublicView(snapshot);
        // the inventories list what the figures count: the respondents' instruments
        Set<String> respondents = Set.copyOf(snapshot.respondents());
        List<InstrumentRecord> inventories = view.instruments().stream().filter(i -> respondents.contains(i.country())).toList();
        SdgResult sdg = Sdg1622.compute(snapshot.detectedVictims(), snapshot.populations());
        SdgResult published = Suppression.suppress(sdg, threshold);
        return new Published(snapshotId, snapshot.takenAt(), snapshot.countryNames(), List.copyOf(new TreeSet<>(respondents)),
                computed.stream().map(view::result).toList(), inventories, published,
                SdgSeries.of(sdg, published, threshold), threshold, adjustments(snapshot, respondents));
    }

    /**
     * The adjustments behind the figures (the respondents'); a restricted record's shows that one of its kind was adjusted,
     * as its count already does, but neither its id nor the reason, which may describe it.
     */
    private static List<Adjustment> adjustments(Snapshot snapshot, Set<String> respondents) {
        Set<Long> open = snapshot.instruments().stream().filter(InstrumentRecord::isPublic).map(InstrumentRecord::id)
                .collect(Collectors.toUnmodifiableSet());
        return SnapshotAdjustment.of(snapshot).stream().filter(a -> respondents.contains(a.country()))
                .map(a -> open.contains(a.instrumentId())
                        ? new Adjustment(a.instrumentId(), a.country(), a.kind(), a.why(), a.revision(), a.previousRevision(),
                        a.reason())
                        : new Adjustment(null, a.country(), a.kind(), a.why(), a.revision(), a.previousRevision(), null))
                .toList();
    }

    /** A published adjustment: {@code instrumentId} and {@code reason} are null for a restricted record. */
    public record Adjustment(Long instrumentId, String country, String kind, SnapshotAdjustment.Why why, Integer revision,
                             Integer previousRevision, String reason) {
    }

    public Optional<IndicatorResult> result(String code) {
        return results.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    /** The results of one section, in the catalogue's order. */
    public List<IndicatorResult> section(String section) {
        return results.stream().filter(r -> r.code().startsWith(section + ".")).toList();
    }

    public String countryName(String iso3) {
        return countryNames.getOrDefault(iso3, iso3);
    }
}
