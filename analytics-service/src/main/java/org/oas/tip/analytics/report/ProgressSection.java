package org.oas.tip.analytics.report;

import io.quarkus.qute.TemplateData;
import org.oas.tip.analytics.indicator.BucketChange;
import org.oas.tip.analytics.indicator.Catalogue;
import org.oas.tip.analytics.indicator.IndicatorChange;
import org.oas.tip.analytics.indicator.IndicatorDefinition;
import org.oas.tip.analytics.mapping.ReportProgressView;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The report's "Progress since an earlier report" section: the published figures that moved, and the countries that did. */
@TemplateData
public record ProgressSection(long sinceId, String sinceTitle, String sinceCycle, List<Line> lines) {

    /** One indicator that moved: value, share and mean before and after, and its categories' moves. */
    @TemplateData
    public record Line(String code, String title, String value, String share, String mean, List<String> moves) {
    }

    public static ProgressSection of(ReportProgressView progress, Published published) {
        List<Line> lines = new ArrayList<>();
        for (IndicatorChange c : progress.changes()) {
            String title = Catalogue.standard().find(c.code()).map(IndicatorDefinition::title).orElse(c.code());
            List<String> moves = new ArrayList<>();
            for (BucketChange b : c.buckets()) {
                if (b.changed()) {
                    moves.add(b.label() + ": " + b.countBefore() + " → " + b.countAfter()
                            + (b.percentageBefore() == null && b.percentageAfter() == null ? ""
                            : " (" + percent(b.percentageBefore()) + " → " + percent(b.percentageAfter()) + ")")
                            + countries("entered", b.countriesIn(), published) + countries("left", b.countriesOut(), published));
                }
            }
            lines.add(new Line(c.code(), title, arrow(c.valueBefore(), c.valueAfter()),
                    c.percentageBefore() == null && c.percentageAfter() == null ? null
                            : percent(c.percentageBefore()) + " → " + percent(c.percentageAfter()),
                    c.meanBefore() == null && c.meanAfter() == null ? null : arrow(c.meanBefore(), c.meanAfter()), moves));
        }
        return new ProgressSection(progress.since(), progress.sinceTitle(), progress.sinceCycle(), lines);
    }

    private static String arrow(Object before, Object after) {
        return (before == null ? "–" : before) + " → " + (after == null ? "–" : after);
    }

    private static String percent(Double p) {
        return p == null ? "–" : p + "%";
    }

    private static String countries(String verb, List<String> iso3, Published published) {
        return iso3.isEmpty() ? "" : "; " + verb + ": " + iso3.stream().map(published::countryName).collect(Collectors.joining(", "));
    }
}
