package org.oas.tip.questionnaire.publication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Delivers due outbox rows to the registry, a batch per pass. All its state is in the table: a row in flight when the
 * service stops comes back when its lease ends, and sending it again is harmless because the registry upserts by key.
 */
@ApplicationScoped
public class PublicationWorker {

    private static final Logger LOG = Logger.getLogger(PublicationWorker.class);
    /** Bounds one drain, so the scheduler's next run (or a new acceptance) gets its turn. */
    private static final int MAX_PASSES_PER_DRAIN = 100;

    /** What one pass did. */
    public record Pass(int delivered, int retried, int failed) {
        public int taken() {
            return delivered + retried + failed;
        }
    }

    private final PublicationRepository outbox;
    private final RegistryPublisher registry;
    private final PublicationConfig config;
    private final ObjectMapper json;

    public PublicationWorker(PublicationRepository outbox, RegistryPublisher registry, PublicationConfig config, ObjectMapper json) {
        this.outbox = outbox;
        this.registry = registry;
        this.config = config;
        this.json = json;
    }

    @Scheduled(identity = "publication-outbox", every = "${tip.publication.poll:2s}", delayed = "${tip.publication.poll:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        if (config.enabled()) {
            drain();
        }
    }

    /**
     * Passes one after the other while they find full batches, so a backlog (an acceptance with a hundred instruments,
     * or the queue after a registry outage) drains at the registry's pace rather than one batch per poll.
     */
    public void drain() {
        for (int passes = 0; passes < MAX_PASSES_PER_DRAIN; passes++) {
            Pass pass = deliverDue();
            if (pass.taken() > 0) {
                LOG.infof("Publication to the registry: %d delivered, %d to retry, %d refused", pass.delivered(), pass.retried(),
                        pass.failed());
            }
            if (pass.taken() < config.batchSize() || pass.delivered() == 0) {
                return;
            }
        }
    }

    /** One pass: takes the due rows (up to the batch size) and tries each once. Tests call it instead of the schedule. */
    public Pass deliverDue() {
        // long enough for every call of the batch to time out one after the other
        Duration lease = config.requestTimeout().multipliedBy(config.batchSize() + 1L);
        List<PublicationRepository.Claimed> due = QuarkusTransaction.requiringNew()
                .call(() -> outbox.claimDue(config.batchSize(), lease));
        int delivered = 0;
        int retried = 0;
        int failed = 0;
        for (PublicationRepository.Claimed row : due) {
            Publication.Status result;
            try {
                result = deliver(row);
            } catch (RuntimeException e) {
                // the row keeps its lease and comes back when it ends; the others of the batch still go
                LOG.errorf(e, "Publication %d could not be settled", row.id());
                result = Publication.Status.PENDING;
            }
            switch (result) {
                case DELIVERED -> delivered++;
                case PENDING -> retried++;
                case FAILED -> failed++;
            }
        }
        return new Pass(delivered, retried, failed);
    }

    private Publication.Status deliver(PublicationRepository.Claimed row) {
        Optional<Long> successor = row.successorTitle() == null ? Optional.empty()
                : QuarkusTransaction.requiringNew().call(() -> outbox.deliveredIdOf(row, row.successorTitle()));
        RegistryPublisher.Outcome outcome = registry.publish(row.cycle(), row.country(), row.question(), row.position(),
                successor.map(id -> withSuccessor(row.payload(), id)).orElse(row.payload()));
        return QuarkusTransaction.requiringNew().call(() -> settle(row, outcome, successor.orElse(null)));
    }

    private Publication.Status settle(PublicationRepository.Claimed row, RegistryPublisher.Outcome outcome, Long successorId) {
        String key = row.cycle() + "/" + row.country() + "/" + row.question() + "/" + row.position();
        if (outcome instanceof RegistryPublisher.Outcome.Delivered delivered) {
            outbox.markDelivered(row, delivered.registryId(), successorId);
            String title = title(row.payload());
            if (title != null && outbox.requeueReferrersOf(row, title) > 0) {
                LOG.debugf("%s delivered: the plans it succeeds are due again to name it", key);
            }
            return Publication.Status.DELIVERED;
        }
        if (outcome instanceof RegistryPublisher.Outcome.Refused refused) {
            LOG.warnf("The registry refused %s: %s", key, refused.error());
            outbox.markFailed(row, refused.error());
            return Publication.Status.FAILED;
        }
        String error = ((RegistryPublisher.Outcome.Retry) outcome).error();
        Duration wait = Backoff.after(row.attempts() + 1, config.maxBackoff());
        LOG.debugf("%s not delivered (%s); attempt %d in %d ms", key, error, row.attempts() + 2, wait.toMillis());
        outbox.markRetry(row, wait, error);
        return Publication.Status.PENDING;
    }

    private String withSuccessor(String payload, long successorId) {
        try {
            ObjectNode body = (ObjectNode) json.readTree(payload);
            body.withObjectProperty("plan").put("successorId", successorId);
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored payload is not JSON", e);
        }
    }

    private String title(String payload) {
        try {
            return json.readTree(payload).path("title").textValue();
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
