package org.oas.tip.questionnaire.publication;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.oas.tip.defaults.RequestIdLogging;

import java.time.Duration;
import java.util.List;

/**
 * Delivers due responses to the registry, a batch per pass, one bulk call each. All its state is in the table: a row
 * in flight when the service stops comes back when its lease ends, and sending it again is harmless because the
 * registry answers a repeated key with the stored result.
 */
@ApplicationScoped
public class PublicationWorker {

    private static final Logger LOG = Logger.getLogger(PublicationWorker.class);
    /** Bounds one drain, so the scheduler's next run (or a new acceptance) gets its turn. */
    private static final int MAX_PASSES_PER_DRAIN = 100;

    /** What one pass did. */
    public record Pass(int delivered, int conflicts, int retried, int failed) {
        public int taken() {
            return delivered + conflicts + retried + failed;
        }
    }

    private final PublicationRepository outbox;
    private final RegistryPublisher registry;
    private final PublicationConfig config;

    public PublicationWorker(PublicationRepository outbox, RegistryPublisher registry, PublicationConfig config) {
        this.outbox = outbox;
        this.registry = registry;
        this.config = config;
    }

    @Scheduled(identity = "publication-outbox", every = "${tip.publication.poll:2s}", delayed = "${tip.publication.poll:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        if (config.enabled()) {
            drain();
        }
    }

    /** Passes one after the other while they find full batches, so a backlog drains at the registry's pace. */
    public void drain() {
        for (int passes = 0; passes < MAX_PASSES_PER_DRAIN; passes++) {
            Pass pass = deliverDue();
            if (pass.taken() > 0) {
                LOG.infof("Publication to the registry: %d delivered, %d with conflicts, %d to retry, %d refused", pass.delivered(),
                        pass.conflicts(), pass.retried(), pass.failed());
            }
            if (pass.taken() < config.batchSize() || pass.delivered() + pass.conflicts() == 0) {
                return;
            }
        }
    }

    /** One pass: takes the due rows (up to the batch size) and tries each once. Tests call it instead of the schedule. */
    public Pass deliverDue() {
        // long enough for every call of the batch to time out one after the other
        Duration lease = config.requestTimeout().multipliedBy(config.batchSize() + 1L);
        List<PublicationRepository.Claimed> due = QuarkusTransaction.requiringNew().call(() -> outbox.claimDue(config.batchSize(), lease));
        int[] counts = new int[Publication.Status.values().length];
        for (PublicationRepository.Claimed row : due) {
            // the delivery logs and calls the registry under the request id of the call that queued it
            RequestIdLogging.runAs(row.requestId(), () -> counts[deliver(row).ordinal()]++);
        }
        return new Pass(counts[Publication.Status.DELIVERED.ordinal()], counts[Publication.Status.CONFLICT.ordinal()],
                counts[Publication.Status.PENDING.ordinal()], counts[Publication.Status.FAILED.ordinal()]);
    }

    private Publication.Status deliver(PublicationRepository.Claimed row) {
        try {
            RegistryPublisher.Outcome outcome = registry.publish(row.body());
            return QuarkusTransaction.requiringNew().call(() -> settle(row, outcome));
        } catch (RuntimeException e) {
            // the row keeps its lease and comes back when it ends; the others of the batch still go
            LOG.errorf(e, "Publication %s could not be settled", row.key());
            return Publication.Status.PENDING;
        }
    }

    private Publication.Status settle(PublicationRepository.Claimed row, RegistryPublisher.Outcome outcome) {
        if (outcome instanceof RegistryPublisher.Outcome.Answered answered) {
            JsonNode results = answered.response().path("results");
            boolean conflict = false;
            for (JsonNode result : results) {
                conflict |= "CONFLICT".equals(result.path("outcome").asText());
            }
            Publication.Status status = conflict ? Publication.Status.CONFLICT : Publication.Status.DELIVERED;
            if (!outbox.markAnswered(row, status, results.toString())) {
                LOG.debugf("%s was superseded while in flight; its result is not kept", row.key());
            }
            return status;
        }
        if (outcome instanceof RegistryPublisher.Outcome.Refused refused) {
            LOG.warnf("The registry refused %s: %s", row.key(), refused.error());
            outbox.markFailed(row, refused.error(), refused.violations() == null ? null : refused.violations().toString());
            return Publication.Status.FAILED;
        }
        String error = ((RegistryPublisher.Outcome.Retry) outcome).error();
        Duration wait = Backoff.after(row.attempts() + 1, config.maxBackoff());
        LOG.debugf("%s not delivered (%s); attempt %d in %d ms", row.key(), error, row.attempts() + 2, wait.toMillis());
        outbox.markRetry(row, wait, error);
        return Publication.Status.PENDING;
    }
}
