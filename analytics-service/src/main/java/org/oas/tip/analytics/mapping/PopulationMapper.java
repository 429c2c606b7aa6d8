package org.oas.tip.analytics.mapping;

import org.oas.tip.analytics.PopulationFigure;

/** Maps population figures between the database and the API. */
public final class PopulationMapper {

    private PopulationMapper() {
    }

    public static PopulationView toView(PopulationFigure p) {
        return new PopulationView(p.country, p.year, p.population, p.source);
    }
}
