package org.oas.tip.analytics.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.oas.tip.analytics.Report;

import java.util.Collection;
import java.util.List;

/** Reads and writes reports. */
@ApplicationScoped
public class ReportRepository implements PanacheRepository<Report> {

    /** Reports in one of the statuses, newest first, optionally of one cycle. */
    public List<Report> search(Collection<Report.Status> statuses, String cycle) {
        Parameters params = Parameters.with("statuses", statuses);
        String query = "status in :statuses";
        if (cycle != null) {
            query += " and cycle = :cycle";
            params.and("cycle", cycle);
        }
        return find(query, Sort.descending("createdAt", "id"), params).list();
    }
}
