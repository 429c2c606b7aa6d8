package org.oas.tip.registry.onboarding;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

/** What the gateway saw: the latest call of each token subject since its last report. */
@Schema(name = "LastCalls", description = "The gateway's report: per token subject, its client and the time of its latest call")
public record LastCalls(@NotNull @Size(min = 1, max = 1000) List<@NotNull @Valid Call> calls) {

    @Schema(name = "LastCall")
    public record Call(
            @Schema(description = "The token's sub") @NotBlank @Size(max = 255) String subject,
            @Schema(description = "The token's azp", examples = "tool-brb-12") @NotBlank @Size(max = 255) String clientId,
            @Schema(description = "The token's preferred_username") @Size(max = 255) String username,
            @NotNull OffsetDateTime at) {
    }
}
