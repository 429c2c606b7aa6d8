package org.oas.tip.questionnaire.publication;

/** Fired when an acceptance has queued instruments for the registry; observed once the acceptance commits. */
public record PublicationsQueued(String cycle, String country) {
}
