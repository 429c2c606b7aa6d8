package org.oas.tip.questionnaire.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.oas.tip.questionnaire.Assignment;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Reads and writes the assignments of member states to cycles. */
@ApplicationScoped
public class AssignmentRepository implements PanacheRepository<Assignment> {

    public Optional<Assignment> find(long cycleId, String country) {
        return find("cycleId = ?1 and country = ?2", cycleId, country).firstResultOptional();
    }

    public List<Assignment> ofCycle(long cycleId) {
        return list("cycleId", Sort.by("country"), cycleId);
    }

    /**
     * Up to {@code limit} accepted responses of the cycle whose country comes after {@code afterCountry} (null: from the
     * first), ordered by country, read in one query together with the cycle and its questionnaire: no row at all means
     * there is no such cycle; a cycle with no accepted response left gives one row whose country is null.
     */
    public List<AcceptedRow> acceptedPage(String cycleCode, String afterCountry, int limit) {
        List<Object[]> rows = getEntityManager().createQuery("""
                        select q.code, q.versionLabel, a.country, a.acceptedAt, a.document
                        from ReportingCycle c
                        left join Questionnaire q on q.id = c.questionnaireId
                        left join Assignment a on a.cycleId = c.id and a.status = :accepted and a.country > :after
                        where c.code = :code
                        order by a.country""", Object[].class)
                .setParameter("accepted", Assignment.Status.ACCEPTED)
                .setParameter("after", afterCountry == null ? "" : afterCountry)
                .setParameter("code", cycleCode)
                .setMaxResults(limit)
                .getResultList();
        return rows.stream().map(r -> new AcceptedRow((String) r[0], (String) r[1], (String) r[2], (OffsetDateTime) r[3],
                (String) r[4])).toList();
    }

    /** A row of {@link #acceptedPage}: the cycle's questionnaire, and one accepted response (all null when none is left). */
    public record AcceptedRow(String questionnaire, String questionnaireVersion, String country, OffsetDateTime acceptedAt,
                              String document) {
    }
}
