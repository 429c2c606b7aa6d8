package org.oas.tip.registry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.oas.tip.registry.CyclePublication;

/** Reads and writes the results of bulk publications, by key. */
@ApplicationScoped
public class CyclePublicationRepository implements PanacheRepositoryBase<CyclePublication, String> {
}
