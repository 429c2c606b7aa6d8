package org.oas.tip.registry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.oas.tip.registry.InstrumentCycle;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads and writes the cycles that reported or confirmed instruments. */
@ApplicationScoped
public class InstrumentCycleRepository implements PanacheRepositoryBase<InstrumentCycle, InstrumentCycle.Key> {

    /** The cycles of each instrument, oldest first, in one query. */
    public Map<Long, List<InstrumentCycle>> ofInstruments(Collection<Long> instrumentIds) {
        if (instrumentIds.isEmpty()) {
            return Map.of();
        }
        return list("instrumentId in ?1", Sort.by("instrumentId").and("recordedAt").and("cycle"), instrumentIds).stream()
                .collect(Collectors.groupingBy(c -> c.instrumentId));
    }

    /** The rows one cycle has for the given instruments, by instrument. */
    public Map<Long, InstrumentCycle> ofCycle(String cycle, Collection<Long> instrumentIds) {
        if (instrumentIds.isEmpty()) {
            return Map.of();
        }
        return list("cycle = ?1 and instrumentId in ?2", cycle, instrumentIds).stream()
                .collect(Collectors.toMap(c -> c.instrumentId, c -> c));
    }
}
