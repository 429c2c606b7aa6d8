package org.oas.tip.registry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.oas.tip.registry.InstrumentChange;

import java.util.List;

/** Reads and writes the change history of instruments. */
@ApplicationScoped
public class InstrumentChangeRepository implements PanacheRepository<InstrumentChange> {

    public List<InstrumentChange> ofInstrument(long instrumentId) {
        return list("instrumentId", Sort.by("id"), instrumentId);
    }
}
