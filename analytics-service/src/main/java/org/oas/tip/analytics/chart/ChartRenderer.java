package org.oas.tip.analytics.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;
import org.oas.tip.analytics.indicator.Bucket;
import org.oas.tip.analytics.indicator.ChartKind;
import org.oas.tip.analytics.indicator.IndicatorDefinition;
import org.oas.tip.analytics.indicator.IndicatorResult;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Draws an indicator result as an SVG chart with JFreeChart through JFreeSVG; the same inputs always give the same bytes. */
public final class ChartRenderer {

    static {
        // charts are drawn on servers without a display; an explicit setting by the operator is left alone
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    static final int WIDTH = 720;
    static final int HEIGHT = 400;
    /** Horizontal bars give each category at least this many pixels, growing the chart past {@link #HEIGHT}. */
    static final int ROW = 26;
    /** Height taken by title, subtitle and value axis in a horizontal chart. */
    static final int CHROME = 120;
    /** A category label longer than this turns a bar chart on its side, where the label has room. */
    static final int LONG_LABEL = 20;
    /** Roughly the width in pixels of one character of a tick label, enough to tell whether labels fit side by side. */
    static final int CHAR_WIDTH = 7;
    /** The width left to the categories of a vertical bar chart, beside the value axis. */
    static final int PLOT_WIDTH = WIDTH - 80;

    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    private ChartRenderer() {
    }

    /** Standalone SVG document (with XML declaration) of one indicator result, drawn the way its definition says. */
    public static String document(IndicatorDefinition definition, IndicatorResult result) {
        return XML_DECLARATION + element(definition, result);
    }

    /** The same chart as a bare <svg> element, for inlining in an HTML page (no XML declaration). */
    public static String element(IndicatorDefinition definition, IndicatorResult result) {
        return drawing(definition, result).svg();
    }

    /** The chart of a result with its size and id prefix, before it is drawn. */
    static Drawing drawing(IndicatorDefinition definition, IndicatorResult result) {
        String code = definition.code() != null ? definition.code() : result.code();
        String unit = definition.unit() != null ? definition.unit() : "";
        String title = definition.title() != null ? definition.title() : code;
        String subtitle = subtitle(result.denominator(), unit, result.cycle());
        List<Bucket> buckets = result.buckets();
        ChartKind kind = definition.chart() == null ? ChartKind.BAR : definition.chart();
        if (kind == ChartKind.PIE) {
            return new Drawing(pie(title, subtitle, buckets), WIDTH, HEIGHT, Ids.forCode(code));
        }
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < buckets.size(); i++) {
            Bucket b = buckets.get(i);
            labels.add(b.label());
            dataset.addValue(b.count(), CategoryCharts.SERIES, new Category(i, b.label()));
        }
        boolean histogram = kind == ChartKind.HISTOGRAM;
        // a histogram's ranges read left to right; only plain bar charts turn for long labels
        boolean horizontal = !histogram && turned(labels);
        JFreeChart chart = CategoryCharts.bars(title, subtitle, unit, dataset, horizontal, histogram, true);
        return new Drawing(chart, WIDTH, horizontal ? height(buckets.size()) : HEIGHT, Ids.forCode(code));
    }

    /** A horizontal bar chart of labelled values (e.g. victims per 100,000 by country), bare <svg> element. */
    public static String bars(String title, String subtitle, String valueAxisLabel,
                              List<Map.Entry<String, Double>> values) {
        List<Map.Entry<String, Double>> rows = values == null ? List.of() : values;
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (int i = 0; i < rows.size(); i++) {
            dataset.addValue(rows.get(i).getValue(), CategoryCharts.SERIES, new Category(i, rows.get(i).getKey()));
        }
        String prefix = Ids.forContent("bars", title, subtitle, valueAxisLabel, rows);
        JFreeChart chart = CategoryCharts.bars(title, subtitle, valueAxisLabel, dataset, true, false, false);
        return new Drawing(chart, WIDTH, height(rows.size()), prefix).svg();
    }

    /** "n = 33 countries · cycle 2015-2018", leaving out what the result does not know. */
    static String subtitle(Integer denominator, String unit, String cycle) {
        List<String> parts = new ArrayList<>();
        if (denominator != null) {
            parts.add(("n = " + denominator + " " + unit).strip());
        }
        if (cycle != null && !cycle.isBlank()) {
            parts.add("cycle " + cycle);
        }
        return parts.isEmpty() ? null : String.join(" · ", parts);
    }

    private static JFreeChart pie(String title, String subtitle, List<Bucket> buckets) {
        DefaultPieDataset<Category> dataset = new DefaultPieDataset<>();
        Map<Category, String> labels = new HashMap<>();
        long total = buckets.stream().mapToLong(b -> Math.max(b.count(), 0)).sum();
        for (int i = 0; i < buckets.size(); i++) {
            Bucket b = buckets.get(i);
            if (b.count() <= 0) {
                continue; // an empty section has no angle, only a label that would collide with its neighbours
            }
            Category key = new Category(i, b.label());
            double pct = b.percentage() != null ? b.percentage() : 100.0 * b.count() / total;
            labels.put(key, key.label() + ": " + b.count() + " (" + Style.percent().format(pct) + "%)");
            dataset.setValue(key, b.count());
        }
        return PieCharts.pie(title, subtitle, dataset, labels);
    }

    /**
     * Whether a bar chart is better on its side: a long label, or more labels than fit side by side on one line each,
     * which the axis would otherwise break in mid-word.
     */
    static boolean turned(List<String> labels) {
        int longest = labels.stream().mapToInt(l -> l == null ? 0 : l.length()).max().orElse(0);
        return longest > LONG_LABEL || longest * CHAR_WIDTH * labels.size() > PLOT_WIDTH;
    }

    private static int height(int rows) {
        return Math.max(HEIGHT, CHROME + ROW * rows);
    }
}
