package org.oas.tip.registry.linkcheck;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Reads and writes link-check jobs, and reads and records the links they check. */
@ApplicationScoped
public class LinkCheckRepository implements PanacheRepository<LinkCheck> {

    private static final List<LinkCheck.Status> ACTIVE = List.of(LinkCheck.Status.QUEUED, LinkCheck.Status.RUNNING);

    public Optional<LinkCheck> active() {
        return find("status in ?1", ACTIVE).firstResultOptional();
    }

    public List<LinkCheck> newestFirst(int limit) {
        return findAll(Sort.descending("id")).page(0, limit).list();
    }

    /** Marks the active jobs failed (they were running in a process that stopped); returns how many. */
    public int failActive(String error, OffsetDateTime at) {
        return update("status = ?1, finishedAt = ?2, error = ?3 where status in ?4", LinkCheck.Status.FAILED, at, error, ACTIVE);
    }

    /** The highest instrument id with a link in scope now, or 0; a job checks up to it. */
    public long lastTarget(String country) {
        TypedQuery<Long> query = getEntityManager().createQuery("select coalesce(max(i.id), 0) from Instrument i where i.link is not null"
                + (country == null ? "" : " and i.country = :country"), Long.class);
        if (country != null) {
            query.setParameter("country", country);
        }
        return query.getSingleResult();
    }

    public long countTargets(String country, long upToId) {
        TypedQuery<Long> query = getEntityManager().createQuery("select count(i) from Instrument i where i.link is not null "
                + "and i.id <= :upTo" + (country == null ? "" : " and i.country = :country"), Long.class);
        if (country != null) {
            query.setParameter("country", country);
        }
        return query.setParameter("upTo", upToId).getSingleResult();
    }

    /** The next {@code limit} instruments with a link, in id order, after {@code afterId} and up to {@code upToId}. */
    public List<LinkTarget> targets(String country, long afterId, long upToId, int limit) {
        TypedQuery<LinkTarget> query = getEntityManager().createQuery("select new org.oas.tip.registry.linkcheck.LinkTarget(i.id, i.link) "
                + "from Instrument i where i.link is not null and i.id > :after and i.id <= :upTo"
                + (country == null ? "" : " and i.country = :country") + " order by i.id", LinkTarget.class);
        if (country != null) {
            query.setParameter("country", country);
        }
        return query.setParameter("after", afterId).setParameter("upTo", upToId).setMaxResults(limit).getResultList();
    }

    /**
     * Stores the outcome on the instrument if its link is still the one checked. A bulk update on purpose: it does not
     * bump the instrument's version, so an editor holding its ETag is not refused because a robot looked at the link.
     */
    public boolean recordOutcome(LinkOutcome outcome, OffsetDateTime at) {
        return getEntityManager().createQuery("update Instrument i set i.foundOnline = :found, i.linkStatus = :status, "
                        + "i.linkCheckedAt = :at where i.id = :id and i.link = :link")
                .setParameter("found", outcome.foundOnline()).setParameter("status", outcome.status()).setParameter("at", at)
                .setParameter("id", outcome.instrumentId()).setParameter("link", outcome.link())
                .executeUpdate() == 1;
    }
}
