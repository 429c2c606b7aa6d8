package org.oas.tip.registry.onboarding;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** What a tool needs to get tokens, shown once: at registration and at each rotation. */
@Schema(name = "ToolCredentials", description = "The tool's client id and secret, shown only in this answer (the registry "
        + "does not keep the secret), and where to ask for tokens (OAuth2 client credentials)")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ToolCredentials(
        ToolView tool,
        @Schema(examples = "tool-brb-12") String clientId,
        @Schema(description = "Shown once") String clientSecret,
        @Schema(examples = "https://auth.example.org/realms/oas-tip/protocol/openid-connect/token") String tokenUrl,
        @Schema(description = "After a rotation: until when the previous secret still works beside this one")
        OffsetDateTime previousSecretValidUntil) {
}
