package org.oas.tip.questionnaire.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.eclipse.microprofile.context.ManagedExecutor;

/**
 * Starts a delivery as soon as an acceptance commits, instead of waiting for the next poll: the accepted instruments
 * reach the registry in well under a second. The poll stays, for retries and for rows a restart left behind.
 */
@ApplicationScoped
public class PublicationTrigger {

    private final PublicationWorker worker;
    private final PublicationConfig config;
    private final ManagedExecutor executor;

    public PublicationTrigger(PublicationWorker worker, PublicationConfig config, ManagedExecutor executor) {
        this.worker = worker;
        this.config = config;
        this.executor = executor;
    }

    void afterAcceptance(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicationsQueued queued) {
        if (config.enabled()) {
            // rows are claimed with "for update skip locked", so this pass and a scheduled one never send a row twice
            executor.execute(worker::drain);
        }
    }
}
