package org.oas.tip.registry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.query.NativeQuery;
import org.oas.tip.registry.InstrumentCycle;
import org.oas.tip.registry.InstrumentVersion;

import java.time.OffsetDateTime;
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

    /**
     * The cycles of each instrument, oldest first, as read-only rows (not managed: a page read builds thousands, which
     * the persistence context need not track): one query by key for a page of a version read.
     */
    @SuppressWarnings("unchecked")
    public Map<Long, List<InstrumentCycle>> readOf(Collection<Long> instrumentIds) {
        if (instrumentIds.isEmpty()) {
            return Map.of();
        }
        NativeQuery<Object[]> query = getEntityManager().createNativeQuery("select instrument_id, cycle, question, position, action, "
                + "revision, recorded_at from instrument_cycle where instrument_id in (:ids) order by instrument_id, recorded_at, cycle")
                .unwrap(NativeQuery.class);
        query.addScalar("instrument_id", Long.class).addScalar("cycle", String.class).addScalar("question", String.class)
                .addScalar("position", Integer.class).addScalar("action", String.class).addScalar("revision", Integer.class)
                .addScalar("recorded_at", OffsetDateTime.class);
        return query.setParameter("ids", instrumentIds).getResultList().stream().map(r -> {
            InstrumentCycle row = new InstrumentCycle();
            row.instrumentId = (Long) r[0];
            row.cycle = (String) r[1];
            row.question = (String) r[2];
            row.position = (Integer) r[3];
            row.action = InstrumentCycle.Action.valueOf((String) r[4]);
            row.revision = (Integer) r[5];
            row.recordedAt = (OffsetDateTime) r[6];
            return row;
        }).collect(Collectors.groupingBy(c -> c.instrumentId));
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
