package org.oas.tip.registry.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The secretariat's withdrawal of an instrument recorded in error. */
@Schema(name = "Withdrawal", description = "Why the record is withdrawn (required, up to 2000 characters)")
public record Withdrawal(@Schema(examples = "reported in error: duplicate of 791") String reason) {
}
