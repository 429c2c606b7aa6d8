package org.oas.tip.analytics.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;

import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

/** The look shared by every chart: fonts, colours and number formats fixed here rather than taken from the platform. */
final class Style {

    // a logical font, so the JVM resolves it through fontconfig to whatever sans face the host has (DejaVu here)
    static final String FAMILY = Font.SANS_SERIF;
    static final Font TITLE = new Font(FAMILY, Font.BOLD, 16);
    static final Font SUBTITLE = new Font(FAMILY, Font.PLAIN, 12);
    static final Font AXIS_LABEL = new Font(FAMILY, Font.PLAIN, 12);
    static final Font TICK = new Font(FAMILY, Font.PLAIN, 11);
    static final Font ITEM = new Font(FAMILY, Font.PLAIN, 11);
    static final Font NO_DATA = new Font(FAMILY, Font.ITALIC, 14);

    static final Color TEXT = new Color(0x22, 0x22, 0x22);
    static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    static final Color BAR = new Color(0x1F, 0x4E, 0x79);
    /** Pie sections take these in turn; chosen to stay distinct when printed in grey. */
    static final Color[] PALETTE = {
            new Color(0x1F, 0x4E, 0x79), new Color(0xE0, 0x8E, 0x2B), new Color(0x5B, 0x9B, 0xD5),
            new Color(0x70, 0xA3, 0x3F), new Color(0xA5, 0x3F, 0x5B), new Color(0x8C, 0x7A, 0xB8),
            new Color(0xC9, 0xB0, 0x37), new Color(0x4D, 0x4D, 0x4D), new Color(0x2E, 0x9C, 0x9C),
            new Color(0xD1, 0x5F, 0x4B)};

    static final String NO_DATA_MESSAGE = "No data";

    // English symbols whatever the server's default locale, so the bytes do not depend on where it runs
    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ENGLISH);

    private Style() {
    }

    /** A new format per chart: DecimalFormat is not thread-safe. */
    static NumberFormat counts() {
        return new DecimalFormat("#,##0", SYMBOLS);
    }

    static NumberFormat values() {
        return new DecimalFormat("#,##0.##", SYMBOLS);
    }

    static NumberFormat percent() {
        return new DecimalFormat("0.0", SYMBOLS);
    }

    /** White, no border, the title and an optional subtitle in the chart's fonts. */
    static JFreeChart finish(JFreeChart chart, String subtitle) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(8, 8, 8, 8));
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(TITLE);
            chart.getTitle().setPaint(TEXT);
        }
        if (subtitle != null && !subtitle.isBlank()) {
            TextTitle sub = new TextTitle(subtitle, SUBTITLE);
            sub.setPaint(TEXT);
            sub.setPadding(new RectangleInsets(2, 2, 6, 2));
            chart.addSubtitle(sub);
        }
        return chart;
    }
}
