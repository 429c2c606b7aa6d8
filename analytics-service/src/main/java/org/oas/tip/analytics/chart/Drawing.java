package org.oas.tip.analytics.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

import java.awt.geom.Rectangle2D;

/** A chart ready to be drawn at its size, with the prefix that makes the ids it writes its own. */
record Drawing(JFreeChart chart, int width, int height, String idPrefix) {

    /**
     * A fresh graphics per call, so concurrent renders share nothing; the fixed defs prefix replaces JFreeSVG's
     * time-based one, which would make every render differ. The view box lets a page scale the inlined chart with CSS.
     */
    String svg() {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix(idPrefix);
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        g2.dispose();
        return g2.getSVGElement(idPrefix + "svg", true, new ViewBox(0, 0, width, height), null, null);
    }
}
