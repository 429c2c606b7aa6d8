package org.oas.tip.questionnaire.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.tip.questionnaire.Questionnaire;

import java.time.OffsetDateTime;

/** A questionnaire version without its definition. */
@Schema(name = "QuestionnaireSummary", description = "A questionnaire version")
public record QuestionnaireSummary(
        @Schema(examples = "oas-tip-structured") String code,
        @Schema(examples = "1") String version,
        Questionnaire.Status status,
        String title,
        OffsetDateTime publishedAt) {

    public static QuestionnaireSummary of(Questionnaire q) {
        return new QuestionnaireSummary(q.code, q.versionLabel, q.status, q.titleEn, q.publishedAt);
    }
}
