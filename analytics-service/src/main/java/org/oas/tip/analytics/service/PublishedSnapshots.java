package org.oas.tip.analytics.service;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import org.oas.tip.analytics.config.AnalyticsConfig;
import org.oas.tip.analytics.report.Published;

/** The publishable part of snapshots, cached: a snapshot never changes, so neither does it. */
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
}
