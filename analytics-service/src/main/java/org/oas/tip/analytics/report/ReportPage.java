package org.oas.tip.analytics.report;

import io.quarkus.qute.TemplateData;
import org.oas.tip.analytics.Report;
import org.oas.tip.analytics.indicator.Bucket;
import org.oas.tip.analytics.indicator.Catalogue;
import org.oas.tip.analytics.indicator.IndicatorDefinition;
import org.oas.tip.analytics.indicator.IndicatorResult;
import org.oas.tip.analytics.indicator.InstrumentRecord;
import org.oas.tip.analytics.indicator.Stats;
import org.oas.tip.analytics.mapping.DataQualityView;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/** The HTML progress report's content: sections A-G with figures and tables, SDG 16.2.2, appendices, data notes. */
@TemplateData
public record ReportPage(String title, String cycle, String status, long snapshotId, Instant takenAt, String statusNote,
                         List<SectionBlock> sections, SdgSection sdg, List<AppendixBlock> appendices,
                         DataQualityView dataQuality, List<AdjustmentNote> adjustments, ProgressSection progress) {

    /** The same page with a "Progress since an earlier report" section. */
    public ReportPage withProgress(ProgressSection section) {
        return new ReportPage(title, cycle, status, snapshotId, takenAt, statusNote, sections, sdg, appendices, dataQuality,
                adjustments, section);
    }

    /** Whether the page has data notes: the printed report to check against, or adjustments to list. */
    public boolean hasDataNotes() {
        return hasReference() || !adjustments.isEmpty();
    }

    /** Whether the cycle has a printed report the figures were checked against. */
    public boolean hasReference() {
        return dataQuality != null && dataQuality.reference() != null;
    }

    /** A section and its figures. */
    @TemplateData
    public record SectionBlock(String code, String title, List<Figure> figures) {
    }

    /** One indicator: its chart (an inline SVG element), its table and the numbers around it. */
    @TemplateData
    public record Figure(String code, String title, String definition, String svg, String headline, String stats,
                         List<Row> rows, List<String> notes) {
    }

    /** A bucket of a figure's table, with the names of the countries behind it. */
    @TemplateData
    public record Row(String label, int count, String percentage, String countries) {
    }

    /** One inventory of the appendices. */
    @TemplateData
    public record AppendixBlock(int number, String title, List<Entry> entries) {
    }

    /**
     * A record the snapshot took because the secretariat attached or corrected it, or as an amendment: {@code record} its
     * id, or "a restricted record"; {@code reason} empty for a restricted one.
     */
    @TemplateData
    public record AdjustmentNote(String country, String kind, String record, String why, String reason) {
    }

    /** One instrument listed in an appendix. */
    @TemplateData
    public record Entry(String country, String title, String institution, String period, String detail, String link) {
    }

    /** Builds the page; {@code chart} draws one figure as an inline SVG element; {@code sdg} is null when nothing was reported. */
    public static ReportPage of(Report report, Published published, BiFunction<IndicatorDefinition, IndicatorResult, String> chart,
                                SdgSection sdg, DataQualityView dataQuality) {
        List<SectionBlock> sections = new ArrayList<>();
        Sections.TITLES.forEach((code, title) -> {
            List<Figure> figures = new ArrayList<>();
            for (IndicatorResult r : published.section(code)) {
                Catalogue.standard().find(r.code())
                        .ifPresent(d -> figures.add(figure(d, r, chart.apply(d, r), published)));
            }
            sections.add(new SectionBlock(code, title, figures));
        });
        List<AppendixBlock> appendices = Appendix.ALL.stream()
                .map(a -> new AppendixBlock(a.number(), a.title(),
                        a.entries(published.instruments()).stream().map(i -> entry(i, published)).toList()))
                .toList();
        return new ReportPage(report.title, report.cycle, report.status.name(), published.snapshotId(), published.takenAt(),
                statusNote(report.status), sections, sdg, appendices, dataQuality,
                published.adjustments().stream().map(a -> note(a, published)).toList(), null);
    }

    private static AdjustmentNote note(Published.Adjustment a, Published published) {
        String why = switch (a.why()) {
            case ATTACHED -> "attached to the cycle by the secretariat (revision " + a.revision() + ")";
            case CORRECTED -> "corrected by the secretariat: revision " + a.revision()
                    + (a.previousRevision() == null ? "" : " instead of " + a.previousRevision());
            case AMENDMENT -> "an amendment of the cycle's answers (revision " + a.revision() + ")";
        };
        return new AdjustmentNote(published.countryName(a.country()), a.kind(),
                a.instrumentId() == null ? "a restricted record" : "record " + a.instrumentId(), why,
                a.reason() == null ? "" : a.reason());
    }

    private static String statusNote(Report.Status status) {
        return switch (status) {
            case DRAFT -> "Draft: for the secretariat and analysts; not for circulation.";
            case COUNTRY_REVIEW -> "Under country review: member states' focal points may comment on each section.";
            case FINAL -> null;
        };
    }

    private static Figure figure(IndicatorDefinition d, IndicatorResult r, String svg, Published published) {
        List<Row> rows = r.buckets().stream().map(b -> row(b, published)).toList();
        return new Figure(d.code(), d.title(), d.definition(), svg, headline(d, r), stats(r.stats()), rows, r.notes());
    }

    private static Row row(Bucket b, Published published) {
        return new Row(b.label(), b.count(), b.percentage() == null ? "" : b.percentage() + "%",
                b.countries().stream().map(published::countryName).collect(Collectors.joining(", ")));
    }

    private static String headline(IndicatorDefinition d, IndicatorResult r) {
        if (r.numerator() == null || r.denominator() == null) {
            return r.value() == null ? "" : r.value() + " " + d.unit();
        }
        return r.numerator() + " of " + r.denominator() + " " + d.unit()
                + (r.percentage() == null ? "" : " (" + r.percentage() + "%)") + ": " + d.numerator();
    }

    private static String stats(Stats s) {
        if (s == null) {
            return null;
        }
        String modes = s.modes().isEmpty() ? "none" : s.modes().stream().map(ReportPage::number).collect(Collectors.joining(", "));
        return "n = " + s.n() + "; mean " + number(s.mean()) + "; mode " + modes + "; minimum " + number(s.min()) + " ("
                + String.join(", ", s.minCountries()) + "); maximum " + number(s.max()) + " (" + String.join(", ", s.maxCountries()) + ")";
    }

    private static String number(Double d) {
        return d == null ? "" : d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(d);
    }

    private static Entry entry(InstrumentRecord i, Published published) {
        String period = i.yearStart() == null ? "" : i.yearEnd() == null || i.yearEnd().equals(i.yearStart())
                ? String.valueOf(i.yearStart()) : i.yearStart() + "-" + i.yearEnd();
        String detail = i.channel() != null ? join(i.channel().contact(), i.channel().topic())
                : i.unit() != null ? i.unit().sphere()
                : i.protocol() != null ? i.protocol().kind()
                : i.plan() != null ? i.plan().planType()
                : i.law() != null ? i.law().legalPath() : null;
        String link = i.link() != null && (i.link().startsWith("https://") || i.link().startsWith("http://")) ? i.link() : null;
        return new Entry(published.countryName(i.country()), i.title(), i.institution(), period, detail, link);
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + " · " + b;
    }
}
