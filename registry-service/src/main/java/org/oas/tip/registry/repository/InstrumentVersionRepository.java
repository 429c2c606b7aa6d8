package org.oas.tip.registry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.oas.tip.registry.InstrumentVersion;

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
}
