package org.oas.tip.analytics.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.oas.tip.analytics.Report;
import org.oas.tip.analytics.config.AnalyticsConfig;
import org.oas.tip.analytics.sdg.Dataflow;
import org.oas.tip.analytics.sdg.SdmxCsv;

/** SDG 16.2.2 as SDMX-CSV for the SDG global database, against the configured dataflow. */
@ApplicationScoped
public class SdgExport {

    private final SnapshotService snapshots;
    private final PublishedSnapshots published;
    private final Dataflow dataflow;

    public SdgExport(SnapshotService snapshots, PublishedSnapshots published, AnalyticsConfig config) {
        this.snapshots = snapshots;
        this.published = published;
        AnalyticsConfig.Sdmx sdmx = config.sdg().sdmx();
        this.dataflow = new Dataflow(sdmx.agency(), sdmx.dataflow(), sdmx.version());
    }

    /** A snapshot's series, every value shown (restricted output). */
    public String snapshot(long id, SdmxCsv.Format format) {
        return SdmxCsv.write(snapshots.sdgSeries(id), dataflow, format);
    }

    /** A report's series as published: suppressed again at series level. */
    public String report(Report report, SdmxCsv.Format format) {
        return SdmxCsv.write(published.of(report.snapshotId).sdgSeries(), dataflow, format);
    }
}
