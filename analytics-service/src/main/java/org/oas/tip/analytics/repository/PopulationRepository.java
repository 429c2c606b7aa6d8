package org.oas.tip.analytics.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.oas.tip.analytics.PopulationFigure;

import java.util.List;

/** Reads and writes population figures. */
@ApplicationScoped
public class PopulationRepository implements PanacheRepositoryBase<PopulationFigure, PopulationFigure.Key> {

    /** Figures by country then year, optionally narrowed to one country and/or one year. */
    public List<PopulationFigure> search(String country, Integer year) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (country != null) {
            query.append(" and country = :country");
            params.and("country", country);
        }
        if (year != null) {
            query.append(" and year = :year");
            params.and("year", year);
        }
        return find(query.toString(), Sort.by("country").and("year"), params).list();
    }
}
