package org.oas.tip.registry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;
import org.oas.tip.registry.InstrumentVersion;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.util.Collection;
import java.util.List;

/** Reads and writes the content versions of instruments. */
@ApplicationScoped
public class InstrumentVersionRepository implements PanacheRepositoryBase<InstrumentVersion, InstrumentVersion.Key> {

    public List<InstrumentVersion> ofInstrument(long instrumentId) {
        return list("instrumentId", Sort.by("revision"), instrumentId);
    }

    /** The versions of several instruments, each instrument's oldest first, in one query. */
    public List<InstrumentVersion> ofInstruments(Collection<Long> instrumentIds) {
        return instrumentIds.isEmpty() ? List.of()
                : list("instrumentId in ?1", Sort.by("instrumentId").and("revision"), instrumentIds);
    }

    /** A stored version without a rendering of the current view shape. */
    public record Unrendered(long instrumentId, int revision, String data) {
    }

    /**
     * Up to {@code limit} versions whose rendering is missing or of another view shape than {@code shape} (index
     * instrument_version_rendered_shape: three ranges, so that nothing is scanned once all are rendered).
     */
    @SuppressWarnings("unchecked")
    public List<Unrendered> unrendered(int shape, int limit) {
        NativeQuery<Object[]> query = getEntityManager().createNativeQuery("select instrument_id, revision, cast(data as text) as data "
                + "from instrument_version where rendered_shape is null or rendered_shape < :shape or rendered_shape > :shape "
                + "limit :limit").unwrap(NativeQuery.class);
        query.addScalar("instrument_id", Long.class).addScalar("revision", Integer.class).addScalar("data", String.class);
        return query.setParameter("shape", shape).setParameter("limit", limit).getResultList().stream()
                .map(r -> new Unrendered((Long) r[0], (Integer) r[1], (String) r[2])).toList();
    }

    /** A version's rendering (see {@code VersionRenderer.Rendering}). */
    public record Rendered(long instrumentId, int revision, String text, Integer cyclesAt, int shape) {
    }

    /** Stores renderings, in one JDBC batch (a pass writes thousands). */
    public void saveRenderings(List<Rendered> renderings) {
        if (renderings.isEmpty()) {
            return;
        }
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement("update instrument_version set rendered = ?, "
                    + "rendered_cycles_at = ?, rendered_shape = ? where instrument_id = ? and revision = ?")) {
                for (Rendered r : renderings) {
                    update.setString(1, r.text());
                    if (r.cyclesAt() == null) {
                        update.setNull(2, Types.INTEGER);
                    } else {
                        update.setInt(2, r.cyclesAt());
                    }
                    update.setInt(3, r.shape());
                    update.setLong(4, r.instrumentId());
                    update.setInt(5, r.revision());
                    update.addBatch();
                }
                update.executeBatch();
            }
        });
    }
}
