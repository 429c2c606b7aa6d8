package org.oas.tip.analytics.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.oas.tip.analytics.SnapshotJob;

/** Reads and writes snapshot jobs. */
@ApplicationScoped
public class SnapshotJobRepository implements PanacheRepository<SnapshotJob> {
}
