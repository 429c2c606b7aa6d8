package org.oas.tip.questionnaire.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import org.oas.tip.questionnaire.ReportingCycle;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The date from which the registry holds a cycle's published versions valid. A cycle has no reference date of its own
 * yet (a later issue adds one): until then it is the response's own {@code intro.reference_date}, else the cycle's
 * deadline. Replace {@link #of} when the cycle carries it.
 */
public final class ReferenceDates {

    static final String ANSWER = "intro.reference_date";

    private ReferenceDates() {
    }

    public static LocalDate of(ReportingCycle cycle, JsonNode answers) {
        JsonNode answer = answers.path("intro").path(ANSWER);
        if (answer.isTextual()) {
            try {
                return LocalDate.parse(answer.asText());
            } catch (DateTimeParseException notADate) {
                // the validated response holds a date; anything else falls back to the deadline
            }
        }
        return cycle.deadline;
    }
}
