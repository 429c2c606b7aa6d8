package org.oas.tip.analytics.report;

import org.oas.tip.analytics.indicator.Bucket;
import org.oas.tip.analytics.indicator.Engine;
import org.oas.tip.analytics.indicator.IndicatorResult;
import org.oas.tip.analytics.indicator.InstrumentRecord;
import org.oas.tip.analytics.indicator.Snapshot;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What of a snapshot may be published: the instruments marked PUBLIC, and results whose drill-down names only those.
 * Counts and countries stay as computed (the figure is what the secretariat publishes); the ids of restricted
 * instruments are dropped, so a published drill-down never leads to a restricted record.
 */
public final class PublicView {

    private final List<InstrumentRecord> instruments;
    private final Set<Long> publicIds;

    public PublicView(Snapshot snapshot) {
        this.instruments = snapshot.instruments().stream().filter(InstrumentRecord::isPublic).toList();
        this.publicIds = instruments.stream().map(InstrumentRecord::id).collect(Collectors.toUnmodifiableSet());
    }

    public List<InstrumentRecord> instruments() {
        return instruments;
    }

    public IndicatorResult result(IndicatorResult r) {
        List<Bucket> buckets = r.buckets().stream()
                .map(b -> new Bucket(b.key(), b.label(), b.count(), b.percentage(), b.countries(),
                        b.recordIds().stream().filter(publicIds::contains).toList(), b.answerIds(), b.answerRefs()))
                .toList();
        // the note naming non-respondents with rows of a kind would tell that a country holds (maybe restricted) records
        List<String> notes = r.notes().stream().filter(n -> !n.startsWith(Engine.LEFT_OUT_NOTE)).toList();
        return new IndicatorResult(r.code(), r.cycle(), r.snapshotTakenAt(), r.value(), r.numerator(), r.denominator(),
                r.percentage(), buckets, r.stats(), notes);
    }
}
