package org.oas.tip.questionnaire.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.oas.tip.questionnaire.Clarification;

import java.util.List;

/** Reads and writes clarification threads. */
@ApplicationScoped
public class ClarificationRepository implements PanacheRepository<Clarification> {

    public List<Clarification> ofAssignment(long assignmentId) {
        return list("assignmentId", Sort.by("id"), assignmentId);
    }

    public long unresolved(long assignmentId) {
        return count("assignmentId = ?1 and status <> ?2", assignmentId, Clarification.Status.RESOLVED);
    }
}
