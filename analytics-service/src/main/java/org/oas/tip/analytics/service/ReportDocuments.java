package org.oas.tip.analytics.service;

import io.quarkus.cache.CacheKey;
import io.quarkus.cache.CacheResult;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import org.oas.tip.analytics.Report;
import org.oas.tip.analytics.chart.ChartRenderer;
import org.oas.tip.analytics.indicator.Catalogue;
import org.oas.tip.analytics.indicator.IndicatorChange;
import org.oas.tip.analytics.indicator.IndicatorDefinition;
import org.oas.tip.analytics.indicator.IndicatorResult;
import org.oas.tip.analytics.indicator.Progress;
import org.oas.tip.analytics.indicator.Respondents;
import org.oas.tip.analytics.mapping.ReportProgressView;
import org.oas.tip.analytics.mapping.ReportView;
import org.oas.tip.analytics.mapping.ResultView;
import org.oas.tip.analytics.mapping.SdgView;
import org.oas.tip.analytics.report.ProgressSection;
import org.oas.tip.analytics.report.Published;
import org.oas.tip.analytics.report.ReportPage;
import org.oas.tip.analytics.report.SdgSection;
import org.oas.tip.analytics.report.Sections;
import org.oas.tip.defaults.Problems;

import java.util.ArrayList;
import java.util.List;

/** What a report shows, as JSON, as one indicator, as a chart, and as the assembled HTML document. */
@ApplicationScoped
public class ReportDocuments {

    private final PublishedSnapshots published;
    private final SnapshotService snapshots;
    private final Template report;

    public ReportDocuments(PublishedSnapshots published, SnapshotService snapshots, Template report) {
        this.published = published;
        this.snapshots = snapshots;
        this.report = report;
    }

    /** The report with its sections; {@code withSections} false gives the summary that lists show. */
    public ReportView view(Report r, boolean withSections) {
        if (!withSections) {
            return ReportView.of(r, snapshots.summary(r.snapshotId).takenAt(), null);
        }
        Published p = published.of(r.snapshotId);
        List<ReportView.SectionView> sections = new ArrayList<>();
        Sections.TITLES.forEach((code, title) -> sections.add(new ReportView.SectionView(code, title,
                p.section(code).stream().map(res -> ResultView.of(r.snapshotId, p.takenAt(), res)).toList())));
        return ReportView.of(r, p.takenAt(), sections);
    }

    public ResultView indicator(Report r, String code) {
        Published p = published.of(r.snapshotId);
        IndicatorResult res = p.result(code).orElseThrow(() -> Problems.notFound("Indicator " + code + " of report " + r.id));
        return ResultView.of(r.snapshotId, p.takenAt(), res);
    }

    /**
     * Each published figure of {@code now} against the same one of {@code before}: both sides are published views, so
     * nothing restricted shows; {@code all} keeps the indicators that did not move.
     */
    public ReportProgressView progress(Report now, Report before, boolean all) {
        Published earlier = published.of(before.snapshotId);
        Published later = published.of(now.snapshotId);
        Respondents respondents = Respondents.of(earlier.respondents(), later.respondents());
        List<IndicatorChange> changes = Progress.compare(earlier.results(), later.results(), respondents).stream()
                .filter(c -> all || c.changed()).toList();
        return ReportProgressView.of(now, before, respondents, changes);
    }

    /** SDG 16.2.2 as published: small counts suppressed. */
    public SdgView sdg(Report r) {
        Published p = published.of(r.snapshotId);
        return SdgView.of(r.snapshotId, p.takenAt(), p.suppressionThreshold(), p.sdg());
    }

    /** The chart of one published figure as an SVG document; a figure of a snapshot never changes, hence the key. */
    @CacheResult(cacheName = "published-figure")
    public String figure(@CacheKey long snapshotId, @CacheKey String code) {
        IndicatorDefinition d = Catalogue.standard().find(code).orElseThrow(() -> Problems.notFound("Indicator " + code));
        return ChartRenderer.document(d, published.of(snapshotId).result(code)
                .orElseThrow(() -> Problems.notFound("Indicator " + code + " of snapshot " + snapshotId)));
    }

    /**
     * The whole report as one HTML page, with a "Progress since" section when {@code since} is another report (0: none);
     * its content changes only with the two reports' statuses, hence the key.
     */
    @CacheResult(cacheName = "report-html")
    public String html(@CacheKey long id, @CacheKey int version, @CacheKey long sinceId, @CacheKey int sinceVersion, Report r,
                       Report since) {
        Published p = published.of(r.snapshotId);
        ReportPage page = ReportPage.of(r, p, ChartRenderer::element, SdgSection.of(p), snapshots.dataQuality(r.snapshotId));
        if (since != null) {
            page = page.withProgress(ProgressSection.of(progress(r, since, false), p));
        }
        return report.data("page", page).render();
    }
}
