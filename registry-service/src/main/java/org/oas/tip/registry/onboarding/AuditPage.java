package org.oas.tip.registry.onboarding;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of a country's onboarding audit, oldest first. */
@Schema(name = "OnboardingAuditPage", description = "Onboarding actions, oldest first; next is the cursor of the following page (absent on the last)")
public record AuditPage(List<AuditEntryView> items, String next) {
}
