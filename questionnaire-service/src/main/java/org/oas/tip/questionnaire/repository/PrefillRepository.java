package org.oas.tip.questionnaire.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.oas.tip.questionnaire.Prefill;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What each assignment was pre-filled with. */
@ApplicationScoped
public class PrefillRepository implements PanacheRepository<Prefill> {

    /** The assignment's pre-filled entries by registry id. */
    public Map<Long, Prefill> byRegistryId(long assignmentId) {
        return list("assignmentId", assignmentId).stream().collect(Collectors.toMap(p -> p.registryId, Function.identity()));
    }
}
