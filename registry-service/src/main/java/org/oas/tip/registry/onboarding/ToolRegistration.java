package org.oas.tip.registry.onboarding;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The secretariat's registration of a member state's tool. */
@Schema(name = "ToolRegistration", description = "A member state's reporting tool to connect")
public record ToolRegistration(
        @Schema(description = "What the tool is, as people will recognise it (up to 200 characters)",
                examples = "Barbados national TIP reporting system") @NotBlank @Size(max = 200) String name) {
}
