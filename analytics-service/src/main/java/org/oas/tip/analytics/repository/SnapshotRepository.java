package org.oas.tip.analytics.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.oas.tip.analytics.StoredSnapshot;

import java.util.List;

/** Reads and writes snapshots (written once). */
@ApplicationScoped
public class SnapshotRepository implements PanacheRepository<StoredSnapshot> {

    /** Snapshots newest first, optionally of one cycle. */
    public List<StoredSnapshot> search(String cycle) {
        Sort newestFirst = Sort.descending("takenAt").and("id", Sort.Direction.Descending);
        return cycle == null ? listAll(newestFirst) : list("cycle", newestFirst, cycle);
    }
}
