package org.oas.tip.questionnaire.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.tip.questionnaire.Assignment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Where a cycle stands: how many countries per status, and who is overdue by how many days. */
@Schema(name = "CycleProgress", description = "Counts by status and the overdue countries")
public record Progress(
        String cycle,
        @Schema(description = "The day the figures are computed for") LocalDate asOf,
        Map<Assignment.Status, Long> byStatus,
        List<Overdue> overdue) {

    /** A country that has not submitted by its deadline. */
    @Schema(name = "OverdueCountry")
    public record Overdue(String country, Assignment.Status status, LocalDate deadline, long daysLate, int remindersSent) {
    }
}
