package org.oas.tip.questionnaire.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.oas.tip.questionnaire.Assignment;

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
}
