package org.oas.tip.analytics.indicator;

import java.math.BigDecimal;
import java.util.List;

/**
 * A printed figure next to what the data give: the computed number (null when the result has no such part), the countries
 * the report names but the data do not place there ({@code missing}) and the other way round ({@code extra}).
 */
public record FigureCheck(PrintedFigure figure, BigDecimal computed, List<String> missing, List<String> extra,
                          boolean agrees) {

    public FigureCheck {
        missing = List.copyOf(missing);
        extra = List.copyOf(extra);
    }

    /** One line for a list of disagreements: "D.unit_sphere PROSECUTOR: printed 10 (L786, ...), computed 9; ...". */
    public String describe() {
        PrintedFigure f = figure;
        String part = f.measure() == PrintedFigure.Measure.BUCKET ? f.bucket() : f.measure().name().toLowerCase();
        StringBuilder s = new StringBuilder(f.code()).append(' ').append(part).append(": printed ")
                .append(f.comparison() == PrintedFigure.Comparison.AT_LEAST ? "at least " : "").append(f.printed().toPlainString())
                .append(" (").append(f.line()).append(", ").append(f.place()).append("), computed ")
                .append(computed == null ? "nothing" : computed.stripTrailingZeros().toPlainString());
        if (!missing.isEmpty()) {
            s.append("; not in the data: ").append(String.join(", ", missing));
        }
        if (!extra.isEmpty()) {
            s.append("; not in the print: ").append(String.join(", ", extra));
        }
        return s.toString();
    }
}
