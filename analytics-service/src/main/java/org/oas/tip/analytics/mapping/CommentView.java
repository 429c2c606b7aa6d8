package org.oas.tip.analytics.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.tip.analytics.ReportComment;

import java.time.Instant;

/** A comment on a report, with the country it speaks for and who wrote it. */
@Schema(name = "ReportComment")
public record CommentView(long id, long reportId, @Schema(examples = "E") String section, @Schema(examples = "ARG") String country,
                          String author, String client, String text, Instant createdAt) {

    public static CommentView of(ReportComment c) {
        return new CommentView(c.id, c.reportId, c.section, c.country, c.author, c.client, c.text, c.createdAt);
    }
}
