package org.oas.tip.registry.onboarding;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The secretariat's invitation of a person to speak for a member state. */
@Schema(name = "PersonInvitation", description = "A person to invite as focal point: they get an e-mail to set their password")
public record PersonInvitation(
        @Schema(examples = "ana.smith@gov.bb") @NotBlank @Email @Size(max = 254) String email,
        @Schema(examples = "Ana") @NotBlank @Size(max = 100) String firstName,
        @Schema(examples = "Smith") @NotBlank @Size(max = 100) String lastName) {
}
