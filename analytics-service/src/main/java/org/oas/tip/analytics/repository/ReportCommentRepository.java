package org.oas.tip.analytics.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.oas.tip.analytics.ReportComment;

import java.util.List;

/** Reads and writes the comments on reports. */
@ApplicationScoped
public class ReportCommentRepository implements PanacheRepository<ReportComment> {

    /** The comments on a report in the order they were made, all of them or one country's. */
    public List<ReportComment> ofReport(long reportId, String country) {
        Sort order = Sort.by("createdAt").and("id");
        return country == null ? list("reportId", order, reportId)
                : list("reportId = ?1 and country = ?2", order, reportId, country);
    }
}
