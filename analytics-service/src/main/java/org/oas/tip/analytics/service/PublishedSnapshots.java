package org.oas.tip.analytics.service;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import org.oas.tip.analytics.chart.ChartRenderer;
import org.oas.tip.analytics.config.AnalyticsConfig;
import org.oas.tip.analytics.indicator.Catalogue;
import org.oas.tip.analytics.indicator.IndicatorDefinition;
import org.oas.tip.analytics.report.Published;
import org.oas.tip.defaults.Problems;

/** The publishable part of snapshots and their charts, cached: a snapshot never changes, so neither do they. */
@ApplicationScoped
public class PublishedSnapshots {

    private final SnapshotService snapshots;
    private final AnalyticsConfig config;

    public PublishedSnapshots(SnapshotService snapshots, AnalyticsConfig config) {
        this.snapshots = snapshots;
        this.config = config;
    }

    @CacheResult(cacheName = "published-snapshot")
    public Published of(long snapshotId) {
        return Published.of(snapshotId, snapshots.content(snapshotId), snapshots.computed(snapshotId),
                config.sdg().suppressionThreshold());
    }

    /** The chart of one published figure as an SVG document. */
    @CacheResult(cacheName = "published-figure")
    public String figure(long snapshotId, String code) {
        IndicatorDefinition d = Catalogue.standard().find(code).orElseThrow(() -> Problems.notFound("Indicator " + code));
        return ChartRenderer.document(d, of(snapshotId).result(code)
                .orElseThrow(() -> Problems.notFound("Indicator " + code + " of snapshot " + snapshotId)));
    }
}
