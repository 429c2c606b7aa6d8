package org.oas.tip.registry.onboarding;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** A member state's tool as the secretariat and the country see it (never its secret). */
@Schema(name = "Tool", description = "A member state's reporting tool: its OAuth2 client, who registered it and when, "
        + "its secret's rotations, its revocation, and its last call through the gateway")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ToolView(
        @Schema(examples = "12") long id,
        @Schema(examples = "BRB") String country,
        String name,
        @Schema(description = "The client id the tool asks tokens with", examples = "tool-brb-12") String clientId,
        MemberStateTool.Status status,
        OffsetDateTime createdAt,
        String createdBy,
        OffsetDateTime secretRotatedAt,
        @Schema(description = "Until when the secret before the last rotation still works; absent when there is none")
        OffsetDateTime previousSecretValidUntil,
        OffsetDateTime revokedAt,
        String revokedBy,
        String revocationReason,
        @Schema(description = "The tool's latest call through the gateway (recorded there, reported every few seconds); absent: none yet")
        OffsetDateTime lastCallAt) {

    static ToolView of(MemberStateTool tool, OffsetDateTime lastCallAt) {
        return new ToolView(tool.id, tool.country, tool.name, tool.clientId, tool.status, tool.createdAt, tool.createdBy,
                tool.secretRotatedAt, tool.previousSecretValidUntil, tool.revokedAt, tool.revokedBy, tool.revocationReason, lastCallAt);
    }
}
