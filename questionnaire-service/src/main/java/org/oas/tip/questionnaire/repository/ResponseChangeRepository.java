package org.oas.tip.questionnaire.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.oas.tip.questionnaire.ResponseChange;

import java.util.List;

/** Reads and writes the change history of responses. */
@ApplicationScoped
public class ResponseChangeRepository implements PanacheRepository<ResponseChange> {

    public List<ResponseChange> ofAssignment(long assignmentId) {
        return list("assignmentId", Sort.by("id"), assignmentId);
    }
}
