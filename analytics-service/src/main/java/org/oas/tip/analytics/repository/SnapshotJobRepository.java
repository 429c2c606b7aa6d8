package org.oas.tip.analytics.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.oas.tip.analytics.SnapshotJob;

/** Reads and writes snapshot jobs. */
@ApplicationScoped
public class SnapshotJobRepository implements PanacheRepository<SnapshotJob> {

    /**
     * Sets a running job's page count, and nothing else: a count that arrives after the job ended (a stream still reading
     * when another failed) must not write the job back as it was when the count was taken.
     */
    public void countPages(long id, int pages) {
        update("pagesFetched = ?1 where id = ?2 and status = ?3", pages, id, SnapshotJob.Status.RUNNING);
    }

    /** Marks every job still QUEUED or RUNNING as FAILED with the reason; returns how many there were. */
    public int failUnfinished(String reason, java.time.Instant at) {
        return update("status = ?1, error = ?2, finishedAt = ?3 where status in ?4", SnapshotJob.Status.FAILED, reason, at,
                java.util.List.of(SnapshotJob.Status.QUEUED, SnapshotJob.Status.RUNNING));
    }
}
