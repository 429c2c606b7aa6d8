package org.oas.tip.questionnaire.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.tip.questionnaire.Clarification;

import java.time.OffsetDateTime;
import java.util.List;

/** A clarification thread about one answer. */
@Schema(name = "Clarification", description = "A question of the secretariat about one answer, with the replies")
public record ClarificationView(long id, @Schema(examples = "E.channels") String linkId, Clarification.Status status,
                                OffsetDateTime createdAt, String createdBy, OffsetDateTime resolvedAt, List<Message> messages) {

    /** One message of the thread. */
    @Schema(name = "ClarificationMessage")
    public record Message(String author, String authorCountry, String text, OffsetDateTime writtenAt) {
    }

    public static ClarificationView of(Clarification c) {
        return new ClarificationView(c.id, c.linkId, c.status, c.createdAt, c.createdBy, c.resolvedAt,
                c.messages.stream().map(m -> new Message(m.author, m.authorCountry, m.text, m.writtenAt)).toList());
    }
}
