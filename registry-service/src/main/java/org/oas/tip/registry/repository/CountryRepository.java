package org.oas.tip.registry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.oas.tip.registry.Country;
import org.oas.tip.registry.Subregion;

import java.util.List;

/** Reads and writes member states. */
@ApplicationScoped
public class CountryRepository implements PanacheRepositoryBase<Country, String> {

    /** Countries in ISO code order, optionally narrowed to one subregion and/or activity state. */
    public List<Country> search(Subregion subregion, Boolean active) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (subregion != null) {
            query.append(" and subregion = :subregion");
            params.and("subregion", subregion);
        }
        if (active != null) {
            query.append(" and active = :active");
            params.and("active", active);
        }
        return find(query.toString(), Sort.by("iso3"), params).list();
    }
}
