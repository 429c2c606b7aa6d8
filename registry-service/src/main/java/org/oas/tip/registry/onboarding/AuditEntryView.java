package org.oas.tip.registry.onboarding;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** One onboarding action, as audited. */
@Schema(name = "OnboardingAuditEntry", description = "Who did what to which tool or person, and when")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditEntryView(long id, OffsetDateTime at, @Schema(examples = "admin") String actor,
                             @Schema(examples = "TOOL_REGISTERED") String action, @Schema(examples = "BRB") String country,
                             @Schema(description = "The tool's client id or the person's e-mail", examples = "tool-brb-12") String subject,
                             String detail) {

    static AuditEntryView of(OnboardingAudit a) {
        return new AuditEntryView(a.id, a.at, a.actor, a.action, a.country, a.subject, a.detail);
    }
}
