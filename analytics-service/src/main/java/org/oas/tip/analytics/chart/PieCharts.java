package org.oas.tip.analytics.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.PieSectionLabelGenerator;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.general.DefaultPieDataset;
import org.jfree.data.general.PieDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.text.AttributedString;
import java.util.Map;

/** Pie charts whose section labels are written in full, "label: count (pct%)", beside the pie. */
final class PieCharts {

    private PieCharts() {
    }

    /** {@code labels} gives each category's finished label text; a dataset without sections shows the no-data message. */
    static JFreeChart pie(String title, String subtitle, DefaultPieDataset<Category> dataset, Map<Category, String> labels) {
        PiePlot<Category> plot = new PiePlot<>(dataset);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setShadowPaint(null);
        plot.setShadowXOffset(0);
        plot.setShadowYOffset(0);
        plot.setInteriorGap(0.04);
        plot.setIgnoreZeroValues(true);
        plot.setIgnoreNullValues(true);
        plot.setSectionOutlinesVisible(true);
        plot.setDefaultSectionOutlinePaint(Color.WHITE);
        plot.setDefaultSectionOutlineStroke(new BasicStroke(1.0f));
        int i = 0;
        for (Category key : dataset.getKeys()) {
            plot.setSectionPaint(key, Style.PALETTE[i++ % Style.PALETTE.length]);
        }
        plot.setLabelGenerator(new Labels(labels));
        plot.setLabelFont(Style.ITEM);
        plot.setLabelPaint(Style.TEXT);
        plot.setLabelBackgroundPaint(Color.WHITE);
        plot.setLabelOutlinePaint(null);
        plot.setLabelShadowPaint(null);
        plot.setLabelPadding(new RectangleInsets(2, 4, 2, 4));
        plot.setMaximumLabelWidth(0.22); // wrap long category names rather than squeeze the pie
        plot.setLabelLinkPaint(Style.TEXT);
        plot.setNoDataMessage(Style.NO_DATA_MESSAGE);
        plot.setNoDataMessageFont(Style.NO_DATA);
        plot.setNoDataMessagePaint(Style.TEXT);
        return Style.finish(new JFreeChart(title, Style.TITLE, plot, false), subtitle);
    }

    /** Looks the label up rather than formatting it, so the percentage is the result's own, not the pie's share. */
    private record Labels(Map<Category, String> labels) implements PieSectionLabelGenerator {

        @Override
        @SuppressWarnings("rawtypes")
        public String generateSectionLabel(PieDataset dataset, Comparable key) {
            String label = labels.get(key);
            return label != null ? label : String.valueOf(key);
        }

        @Override
        @SuppressWarnings("rawtypes")
        public AttributedString generateAttributedSectionLabel(PieDataset dataset, Comparable key) {
            return null;
        }
    }
}
