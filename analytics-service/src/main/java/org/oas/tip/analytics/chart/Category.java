package org.oas.tip.analytics.chart;

/** One category of a chart's dataset: the position keeps keys unique and the order as given, the label is what the axis shows. */
record Category(int position, String label) implements Comparable<Category> {

    Category {
        // characters XML 1.0 cannot carry at all, escaped or not, would make the whole document unreadable
        label = label == null ? "" : label.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
    }

    @Override
    public int compareTo(Category other) {
        return Integer.compare(position, other.position);
    }

    // the axis and the pie draw a key through toString
    @Override
    public String toString() {
        return label;
    }
}
