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
 * The outbox table. Every change of state is one conditional SQL statement, so that the acceptance and any number of
 * workers can touch the same rows without locking each other out for longer than a statement.
 */
@ApplicationScoped
public class PublicationRepository implements PanacheRepository<Publication> {

    /** A row taken by the worker: what to send, and the revision that a result settles. */
    public record Claimed(long id, int revision, int attempts, String cycle, String country, String question, int position,
                          String payload, String successorTitle) {
    }

    /**
     * Inserts the instrument, or replaces the body of the row with the same key and makes it due again. A row already
     * delivered with the same body is left alone: publishing it again would only clear the registry's verification.
     */
    public void upsert(long assignmentId, String cycle, String country, String question, int position, String payload,
                       String successorTitle, Publication.Status status, String error) {
        getEntityManager().createNativeQuery("""
                        insert into publication_outbox as o (assignment_id, cycle, country, question, position, payload,
                                successor_title, status, last_error, next_attempt_at, enqueued_at)
                        values (:assignment, :cycle, :country, :question, :position, cast(:payload as jsonb), :successor,
                                :status, :error, :now, :now)
                        on conflict (cycle, country, question, position) do update
                        set assignment_id = excluded.assignment_id, payload = excluded.payload,
                            successor_title = excluded.successor_title, successor_id = null, status = excluded.status,
                            last_error = excluded.last_error, attempts = 0, next_attempt_at = :now, enqueued_at = :now,
                            delivered_at = null, revision = o.revision + 1
                        where not (o.status = 'DELIVERED' and excluded.status = 'PENDING' and o.payload = excluded.payload
                                   and o.successor_title is not distinct from excluded.successor_title)
                        """)
                .setParameter("assignment", assignmentId).setParameter("cycle", cycle).setParameter("country", country)
                .setParameter("question", question).setParameter("position", position).setParameter("payload", payload)
                .setParameter("successor", successorTitle).setParameter("status", status.name()).setParameter("error", error)
                .setParameter("now", OffsetDateTime.now()).executeUpdate();
    }

    /** Rows of the assignment's response that were never delivered and are no longer among its instruments. */
    public List<Publication> undeliveredOf(long assignmentId, String cycle) {
        return list("assignmentId = ?1 and cycle = ?2 and registryId is null and status <> ?3", assignmentId, cycle,
                Publication.Status.DELIVERED);
    }

    /**
     * Takes up to {@code limit} due rows, skipping those another worker holds, and moves their next attempt a lease
     * ahead: a worker that dies with them in flight leaves them to be retried when the lease ends.
     */
    @SuppressWarnings("unchecked")
    public List<Claimed> claimDue(int limit, Duration lease) {
        OffsetDateTime now = OffsetDateTime.now();
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        update publication_outbox o set next_attempt_at = :leasedUntil
                        from (select id from publication_outbox
                              where status = 'PENDING' and next_attempt_at <= :now
                              order by next_attempt_at, id limit :limit
                              for update skip locked) due
                        where o.id = due.id
                        returning o.id, o.revision, o.attempts, o.cycle, cast(o.country as text), o.question, o.position,
                                  cast(o.payload as text), o.successor_title
                        """)
                .setParameter("now", now).setParameter("leasedUntil", now.plus(lease)).setParameter("limit", limit)
                .getResultList();
        List<Claimed> claimed = new ArrayList<>();
        for (Object[] row : rows) {
            claimed.add(new Claimed(((Number) row[0]).longValue(), ((Number) row[1]).intValue(), ((Number) row[2]).intValue(),
                    (String) row[3], (String) row[4], (String) row[5], ((Number) row[6]).intValue(), (String) row[7],
                    (String) row[8]));
        }
        claimed.sort((a, b) -> Long.compare(a.id(), b.id()));
        return claimed;
    }

    /** The registry id of the delivered entry of the same list with that title, if there is one yet. */
    public Optional<Long> deliveredIdOf(Claimed row, String title) {
        List<?> ids = getEntityManager().createNativeQuery("""
                        select registry_id from publication_outbox
                        where cycle = :cycle and country = :country and question = :question and registry_id is not null
                          and payload ->> 'title' = :title
                        order by position limit 1
                        """)
                .setParameter("cycle", row.cycle()).setParameter("country", row.country())
                .setParameter("question", row.question()).setParameter("title", title).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).findFirst();
    }

    /** Settles the revision sent as delivered; false when the row was enqueued again meanwhile and stays due. */
    public boolean markDelivered(Claimed row, Long registryId, Long successorId) {
        int updated = update("""
                        status = ?1, deliveredAt = ?2, lastAttemptAt = ?2, lastError = null, registryId = ?3, successorId = ?4
                        where id = ?5 and revision = ?6""",
                Publication.Status.DELIVERED, OffsetDateTime.now(), registryId, successorId, row.id(), row.revision());
        if (updated == 0) {
            update("registryId = ?1 where id = ?2", registryId, row.id());
        }
        return updated > 0;
    }

    /** After a transient failure: one more attempt counted, the next one after the wait. */
    public void markRetry(Claimed row, Duration wait, String error) {
        OffsetDateTime now = OffsetDateTime.now();
        update("attempts = attempts + 1, lastAttemptAt = ?1, nextAttemptAt = ?2, lastError = ?3 where id = ?4 and revision = ?5",
                now, now.plus(wait), error, row.id(), row.revision());
    }

    /** The registry refused the body: the row waits for the secretariat. */
    public void markFailed(Claimed row, String error) {
        update("status = ?1, attempts = attempts + 1, lastAttemptAt = ?2, lastError = ?3 where id = ?4 and revision = ?5",
                Publication.Status.FAILED, OffsetDateTime.now(), error, row.id(), row.revision());
    }

    /**
     * Plans of the same list delivered before their successor was, so without its id: due again, now that it can be
     * resolved.
     */
    public int requeueReferrersOf(Claimed delivered, String title) {
        return update("""
                        status = ?1, deliveredAt = null, nextAttemptAt = ?2
                        where cycle = ?3 and country = ?4 and question = ?5 and successorTitle = ?6 and successorId is null
                          and status = ?7""",
                Publication.Status.PENDING, OffsetDateTime.now(), delivered.cycle(), delivered.country(), delivered.question(),
                title, Publication.Status.DELIVERED);
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
        return list(query.toString(), Sort.by("cycle").and("country").and("question").and("position"), parameters);
    }

    public Map<Publication.Status, Long> countByStatus() {
        Map<Publication.Status, Long> counts = new EnumMap<>(Publication.Status.class);
        for (Publication.Status status : Publication.Status.values()) {
            counts.put(status, count("status", status));
        }
        return counts;
    }

    public Optional<OffsetDateTime> oldestPendingSince() {
        return find("status = ?1", Sort.by("enqueuedAt"), Publication.Status.PENDING).firstResultOptional()
                .map(p -> p.enqueuedAt);
    }
}
