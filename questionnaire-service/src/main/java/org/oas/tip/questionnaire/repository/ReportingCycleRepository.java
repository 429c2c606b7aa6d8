package org.oas.tip.questionnaire.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.oas.tip.questionnaire.ReportingCycle;

import java.util.List;
import java.util.Optional;

/** Reads and writes reporting cycles. */
@ApplicationScoped
public class ReportingCycleRepository implements PanacheRepository<ReportingCycle> {

    public Optional<ReportingCycle> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** Newest round first. */
    public List<ReportingCycle> listNewestFirst() {
        return listAll(Sort.descending("opensOn").and("code"));
    }
}
