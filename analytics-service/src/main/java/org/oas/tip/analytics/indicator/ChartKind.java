package org.oas.tip.analytics.indicator;

/** How an indicator is best drawn. */
public enum ChartKind { BAR, PIE, HISTOGRAM, TABLE }
