package org.oas.tip.questionnaire.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.tip.questionnaire.Assignment;

import java.time.OffsetDateTime;
import java.util.List;

/** One page of a cycle's accepted responses, ordered by country, with the cursor of the next page. */
@Schema(name = "AcceptedAnswersPage", description = "One page of a cycle's accepted responses, ordered by country code")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AcceptedAnswersPage(
        List<Item> items,
        @Schema(description = "Opaque cursor of the next page (pass it as cursor); null on the last page", nullable = true,
                examples = "YWZ0ZXI6Q0hM")
        String next) {

    /** One country's accepted response: what GET .../assignments/{country} gives of it. */
    @Schema(name = "AcceptedAnswers", description = "One country's accepted response; answers is the document "
            + "GET /cycles/{cycle}/assignments/{country} gives")
    public record Item(
            @Schema(examples = "ARG") String country,
            @Schema(description = "Always ACCEPTED") Assignment.Status status,
            @Schema(examples = "oas-tip-structured") String questionnaire,
            @Schema(examples = "2") String questionnaireVersion,
            OffsetDateTime acceptedAt,
            @Schema(description = "The accepted answers, keyed by section and item linkId", ref = "AnswerDocument")
            JsonNode answers) {
    }
}
