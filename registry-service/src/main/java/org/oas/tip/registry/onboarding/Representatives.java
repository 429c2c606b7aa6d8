package org.oas.tip.registry.onboarding;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Who speaks for a member state: its tools and its people, active and revoked. */
@Schema(name = "Representatives", description = "Who speaks for a member state: its tools and people, with when each was "
        + "made, by whom, and when each last called")
public record Representatives(@Schema(examples = "BRB") String country, List<ToolView> tools, List<PersonView> people) {
}
