package org.oas.tip.analytics.mapping;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.tip.analytics.Report;

/** The status a report moves to: the next one of DRAFT, COUNTRY_REVIEW, FINAL. */
@Schema(name = "ReportStatusChange")
public record StatusChange(@NotNull @Schema(examples = "COUNTRY_REVIEW") Report.Status status) {
}
