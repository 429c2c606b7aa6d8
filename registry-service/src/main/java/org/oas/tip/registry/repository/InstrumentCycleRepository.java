package org.oas.tip.registry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.oas.tip.registry.InstrumentCycle;
import org.oas.tip.registry.InstrumentVersion;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads and writes the cycles that reported or confirmed instruments, and the records the secretariat attached to them. */
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

    /** A cycle's row and the origin of the version it establishes. */
    public record WithOrigin(InstrumentCycle row, InstrumentVersion.Origin origin) {
        static WithOrigin of(Object[] columns) {
            return new WithOrigin((InstrumentCycle) columns[0], (InstrumentVersion.Origin) columns[1]);
        }
    }

    private static final String WITH_ORIGIN = "select c, v.origin from InstrumentCycle c left join InstrumentVersion v "
            + "on v.instrumentId = c.instrumentId and v.revision = c.revision ";

    /** Every cycle row of one instrument, by cycle code. */
    public List<WithOrigin> entriesOf(long instrumentId) {
        return getEntityManager().createQuery(WITH_ORIGIN + "where c.instrumentId = :id order by c.cycle", Object[].class)
                .setParameter("id", instrumentId).getResultStream().map(WithOrigin::of).toList();
    }
}
