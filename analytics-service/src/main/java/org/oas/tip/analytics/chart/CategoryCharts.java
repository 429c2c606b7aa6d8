package org.oas.tip.analytics.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.Color;
import java.text.NumberFormat;
import java.util.Locale;

/** Bar charts and histograms built from a category dataset of one series, with the value written at the end of each bar. */
final class CategoryCharts {

    /** The single series every dataset here has. */
    static final String SERIES = "value";

    private CategoryCharts() {
    }

    /**
     * A bar chart; a histogram has no gaps between its bars, since its categories are adjacent ranges. Counts get whole
     * ticks only, a fraction of a country being meaningless.
     */
    static JFreeChart bars(String title, String subtitle, String valueAxisLabel, DefaultCategoryDataset dataset,
                           boolean horizontal, boolean histogram, boolean wholeNumbers) {
        NumberFormat format = wholeNumbers ? Style.counts() : Style.values();

        CategoryAxis categoryAxis = new CategoryAxis(null);
        categoryAxis.setTickLabelFont(Style.TICK);
        categoryAxis.setTickLabelPaint(Style.TEXT);
        categoryAxis.setMaximumCategoryLabelLines(3);
        categoryAxis.setLowerMargin(0.02);
        categoryAxis.setUpperMargin(0.02);
        categoryAxis.setCategoryMargin(histogram ? 0.0 : 0.2);
        if (horizontal) {
            // long labels sit beside their bar; let them take up to half the width before they wrap
            categoryAxis.setMaximumCategoryLabelWidthRatio(0.5f);
        }

        NumberAxis valueAxis = new NumberAxis(valueAxisLabel);
        valueAxis.setLabelFont(Style.AXIS_LABEL);
        valueAxis.setLabelPaint(Style.TEXT);
        valueAxis.setTickLabelFont(Style.TICK);
        valueAxis.setTickLabelPaint(Style.TEXT);
        valueAxis.setNumberFormatOverride(format);
        if (wholeNumbers) {
            valueAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ENGLISH));
        }
        valueAxis.setUpperMargin(0.12); // room for the value label past the longest bar

        CategoryPlot plot = new CategoryPlot(dataset, categoryAxis, valueAxis, renderer(format, horizontal, histogram));
        plot.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT); // values read below horizontal bars, as in the report
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(Style.GRID);
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setNoDataMessage(Style.NO_DATA_MESSAGE);
        plot.setNoDataMessageFont(Style.NO_DATA);
        plot.setNoDataMessagePaint(Style.TEXT);

        return Style.finish(new JFreeChart(title, Style.TITLE, plot, false), subtitle);
    }

    private static BarRenderer renderer(NumberFormat format, boolean horizontal, boolean histogram) {
        BarRenderer renderer = new BarRenderer();
        // set explicitly: the defaults are static and global, and a gradient would add defs with generated ids
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, Style.BAR);
        renderer.setItemMargin(0.0);
        renderer.setMaximumBarWidth(histogram ? 1.0 : 0.12);
        renderer.setDrawBarOutline(histogram); // a thin white line keeps adjacent histogram bars readable
        renderer.setSeriesOutlinePaint(0, Color.WHITE);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", format));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(Style.ITEM);
        renderer.setDefaultItemLabelPaint(Style.TEXT);
        ItemLabelPosition outside = horizontal
                ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT)
                : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER);
        renderer.setDefaultPositiveItemLabelPosition(outside);
        return renderer;
    }
}
