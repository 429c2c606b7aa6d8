package org.oas.tip.analytics.indicator;

import java.util.List;

/** One entry of the catalogue: what an indicator counts, over what, from which sources, and how it is drawn. */
public record IndicatorDefinition(
        String code,
        String section,
        String title,
        String definition,
        String numerator,
        String denominator,
        String unit,
        List<String> sources,
        ChartKind chart) {

    // each source reads "registry: KIND field" or "questionnaire: linkId"; the engine lets the indicator read nothing else
    public IndicatorDefinition {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
