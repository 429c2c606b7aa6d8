package org.oas.tip.questionnaire.publication;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The per-instrument outbox of before issue 9: read, and superseded when a response is republished in bulk. */
@ApplicationScoped
public class InstrumentPublicationRepository implements PanacheRepository<InstrumentPublication> {

    /** The assignment's rows never delivered (PENDING or FAILED) become SUPERSEDED; returns how many. */
    public int supersedeUndelivered(long assignmentId) {
        return update("status = ?1 where assignmentId = ?2 and status in (?3, ?4)", InstrumentPublication.Status.SUPERSEDED,
                assignmentId, InstrumentPublication.Status.PENDING, InstrumentPublication.Status.FAILED);
    }

    public List<InstrumentPublication> search(String cycle, String country) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
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
}
