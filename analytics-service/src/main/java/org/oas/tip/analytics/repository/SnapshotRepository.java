package org.oas.tip.analytics.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.oas.tip.analytics.StoredSnapshot;

import java.util.List;
import java.util.Optional;

/** Reads and writes snapshots (written once). */
@ApplicationScoped
public class SnapshotRepository implements PanacheRepository<StoredSnapshot> {

    private static final String SUMMARY = "select new " + SnapshotSummary.class.getName()
            + "(s.id, s.cycle, s.takenAt, s.instrumentCount, s.answerCount, s.rawAnswerCount) from StoredSnapshot s";

    /** Snapshots newest first, optionally of one cycle, without their content. */
    public List<SnapshotSummary> search(String cycle) {
        var query = getEntityManager().createQuery(SUMMARY + (cycle == null ? "" : " where s.cycle = :cycle")
                + " order by s.takenAt desc, s.id desc", SnapshotSummary.class);
        if (cycle != null) {
            query.setParameter("cycle", cycle);
        }
        return query.getResultList();
    }

    /** One snapshot without its content. */
    public Optional<SnapshotSummary> summary(long id) {
        return getEntityManager().createQuery(SUMMARY + " where s.id = :id", SnapshotSummary.class).setParameter("id", id)
                .getResultStream().findFirst();
    }
}
