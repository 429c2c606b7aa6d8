package org.oas.tip.questionnaire.publication;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outbox of responses. Every change of state by the worker is one conditional statement, so that acceptances and
 * any number of workers touch the same rows without locking each other out for longer than a statement.
 */
@ApplicationScoped
public class PublicationRepository implements PanacheRepository<Publication> {

    /** A row taken by the worker: what to send, and how many attempts it already had. */
    public record Claimed(long id, int attempts, String key, String body, String requestId) {
    }

    /** The latest revision of the assignment's publication, if any. */
    public Optional<Publication> latestOf(long assignmentId) {
        return find("assignmentId", Sort.descending("revision"), assignmentId).firstResultOptional();
    }

    /** Earlier revisions never delivered become SUPERSEDED; a row in flight keeps its result out (see settle). */
    public int supersedeUndelivered(long assignmentId) {
        return update("status = ?1 where assignmentId = ?2 and status in (?3, ?4, ?5)", Publication.Status.SUPERSEDED, assignmentId,
                Publication.Status.PENDING, Publication.Status.FAILED, Publication.Status.CONFLICT);
    }

    /**
     * Takes up to {@code limit} due rows, skipping those another worker holds, and moves their next attempt a lease
     * ahead: a worker that dies with them in flight leaves them to be retried when the lease ends.
     */
    @SuppressWarnings("unchecked")
    public List<Claimed> claimDue(int limit, Duration lease) {
        OffsetDateTime now = OffsetDateTime.now();
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        update response_publication o set next_attempt_at = :leasedUntil
                        from (select id from response_publication
                              where status = 'PENDING' and next_attempt_at <= :now
                              order by next_attempt_at, id limit :limit
                              for update skip locked) due
                        where o.id = due.id
                        returning o.id, o.attempts, o.publication_key, cast(o.body as text), o.request_id
                        """)
                .setParameter("now", now).setParameter("leasedUntil", now.plus(lease)).setParameter("limit", limit)
                .getResultList();
        List<Claimed> claimed = new ArrayList<>();
        for (Object[] row : rows) {
            claimed.add(new Claimed(((Number) row[0]).longValue(), ((Number) row[1]).intValue(), (String) row[2], (String) row[3],
                    (String) row[4]));
        }
        claimed.sort((a, b) -> Long.compare(a.id(), b.id()));
        return claimed;
    }

    /** The registry answered: DELIVERED or CONFLICT with its results; false when the row was superseded meanwhile. */
    public boolean markAnswered(Claimed row, Publication.Status status, String results) {
        OffsetDateTime now = OffsetDateTime.now();
        return update("status = ?1, results = ?2, deliveredAt = ?3, lastAttemptAt = ?3, lastError = null, violations = null "
                + "where id = ?4 and status = ?5", status, results, now, row.id(), Publication.Status.PENDING) > 0;
    }

    /** After a transient failure: one more attempt counted, the next one after the wait. */
    public void markRetry(Claimed row, Duration wait, String error) {
        OffsetDateTime now = OffsetDateTime.now();
        update("attempts = attempts + 1, lastAttemptAt = ?1, nextAttemptAt = ?2, lastError = ?3 where id = ?4 and status = ?5",
                now, now.plus(wait), error, row.id(), Publication.Status.PENDING);
    }

    /** The registry refused the body: the row waits for the secretariat's amendment. */
    public void markFailed(Claimed row, String error, String violations) {
        update("status = ?1, attempts = attempts + 1, lastAttemptAt = ?2, lastError = ?3, violations = ?4 where id = ?5 and status = ?6",
                Publication.Status.FAILED, OffsetDateTime.now(), error, violations, row.id(), Publication.Status.PENDING);
    }

    /** A refused row back to PENDING, due now and with its backoff started over; false when it is not FAILED. */
    public boolean retry(long id) {
        return update("status = ?1, attempts = 0, nextAttemptAt = ?2 where id = ?3 and status = ?4",
                Publication.Status.PENDING, OffsetDateTime.now(), id, Publication.Status.FAILED) > 0;
    }

    public List<Publication> search(Publication.Status status, String cycle, String country) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        if (cycle != null) {
            query.append(" and cycle = :cycle");
            parameters.and("cycle", cycle);
        }
        if (country != null) {
            query.append(" and country = :country");
            parameters.and("country", country);
        }
        return list(query.toString(), Sort.by("cycle").and("country").and("revision"), parameters);
    }

    public Map<Publication.Status, Long> countByStatus() {
        Map<Publication.Status, Long> counts = new EnumMap<>(Publication.Status.class);
        for (Publication.Status status : Publication.Status.values()) {
            counts.put(status, count("status", status));
        }
        return counts;
    }

    public Optional<OffsetDateTime> oldestPendingSince() {
        return find("status = ?1", Sort.by("createdAt"), Publication.Status.PENDING).firstResultOptional().map(p -> p.createdAt);
    }
}
