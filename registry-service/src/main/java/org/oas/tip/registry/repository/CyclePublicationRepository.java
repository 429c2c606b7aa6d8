package org.oas.tip.registry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.oas.tip.registry.CyclePublication;

/** Reads and writes the results of bulk publications, by key. */
@ApplicationScoped
public class CyclePublicationRepository implements PanacheRepositoryBase<CyclePublication, String> {

    /**
     * Holds, until the transaction ends, the lock of one country's publications in one cycle: two deliveries of the same
     * publication (a retry racing the first attempt) or of two revisions run one after the other, so the second finds
     * the first's stored result or its versions instead of failing on the key or a stale row.
     */
    public void lockCountryOfCycle(String cycle, String country) {
        getEntityManager().createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtextextended(:key, 0))) lock")
                .setParameter("key", "cycle-publication/" + cycle + "/" + country).getSingleResult();
    }
}
