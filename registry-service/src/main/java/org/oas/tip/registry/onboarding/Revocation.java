package org.oas.tip.registry.onboarding;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a tool's or a person's access ends. */
@Schema(name = "Revocation", description = "Why the access ends (required, up to 2000 characters)")
public record Revocation(@Schema(examples = "tool replaced by the new case-management system") @NotBlank @Size(max = 2000) String reason) {
}
