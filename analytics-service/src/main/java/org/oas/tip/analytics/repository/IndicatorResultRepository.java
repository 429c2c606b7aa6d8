package org.oas.tip.analytics.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.oas.tip.analytics.StoredIndicatorResult;

import java.util.List;
import java.util.Optional;

/** Reads and writes the indicator results of snapshots. */
@ApplicationScoped
public class IndicatorResultRepository implements PanacheRepositoryBase<StoredIndicatorResult, StoredIndicatorResult.Key> {

    public List<StoredIndicatorResult> ofSnapshot(long snapshotId) {
        return list("snapshotId", snapshotId);
    }

    public Optional<StoredIndicatorResult> find(long snapshotId, String code) {
        return findByIdOptional(new StoredIndicatorResult.Key(snapshotId, code));
    }
}
