package org.oas.tip.questionnaire.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.tip.questionnaire.Assignment;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A country's assignment in a cycle, with its answers when asked for one assignment. */
@Schema(name = "Assignment", description = "What one member state owes in one cycle, and its answers")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssignmentView(
        @Schema(examples = "2015-2018") String cycle,
        @Schema(examples = "ARG") String country,
        Assignment.Status status,
        @Schema(description = "The cycle's deadline or the country's extended one") LocalDate deadline,
        OffsetDateTime submittedAt,
        @Schema(description = "Submitted after its deadline") boolean late,
        OffsetDateTime acceptedAt,
        @Schema(examples = "oas-tip-structured") String questionnaire,
        @Schema(examples = "1") String questionnaireVersion,
        @Schema(description = "The answers, keyed by section and item linkId (absent in lists)", ref = "AnswerDocument")
        JsonNode answers) {

    public static AssignmentView of(Assignment a, String cycle, String questionnaire, String version, JsonNode answers) {
        return new AssignmentView(cycle, a.country, a.status, a.deadline, a.submittedAt, a.late, a.acceptedAt, questionnaire,
                version, answers);
    }
}
