package org.oas.tip.registry.linkcheck;

/** An instrument's link to check. */
public record LinkTarget(long id, String link) {
}
