package org.oas.tip.questionnaire.publication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.oas.tip.defaults.RequestIdLogging;
import org.oas.tip.questionnaire.Assignment;
import org.oas.tip.questionnaire.ReportingCycle;
import org.oas.tip.questionnaire.definition.Definition;
import org.oas.tip.questionnaire.reconcile.ReconcileBody;
import org.oas.tip.questionnaire.repository.PrefillRepository;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Where an acceptance (or an amendment) queues its response for the registry, in its own transaction: one row with
 * the whole reconcile body. {@link PublicationWorker} delivers it.
 */
@ApplicationScoped
public class PublicationOutbox {

    private static final Logger LOG = Logger.getLogger(PublicationOutbox.class);

    private final ReconcileBody bodies;
    private final PublicationRepository outbox;
    private final InstrumentPublicationRepository legacy;
    private final PrefillRepository prefills;
    private final Event<PublicationsQueued> queued;
    private final ObjectMapper json;

    public PublicationOutbox(ReconcileBody bodies, PublicationRepository outbox, InstrumentPublicationRepository legacy,
                             PrefillRepository prefills, Event<PublicationsQueued> queued, ObjectMapper json) {
        this.bodies = bodies;
        this.outbox = outbox;
        this.legacy = legacy;
        this.prefills = prefills;
        this.queued = queued;
        this.json = json;
    }

    /**
     * Queues the next publication revision of the response. An acceptance whose body is the one of the latest revision
     * still pending or delivered adds nothing (that revision stands, with its key). Otherwise the new revision supersedes
     * every undelivered one of the assignment, per-instrument rows of before included. An entry that cannot be turned
     * into a registry body makes the revision FAILED at once, with the reason: the acceptance does not depend on it.
     *
     * @param reason the secretariat's reason for an amendment; null for an acceptance
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Publication enqueue(Assignment assignment, ReportingCycle cycle, Definition definition, JsonNode answers,
                               boolean amendment, String reason) {
        Optional<Publication> latest = outbox.latestOf(assignment.id);
        int revision = latest.map(p -> p.revision + 1).orElse(1);
        ReconcileBody.Header header = new ReconcileBody.Header(cycle.code, assignment.country, revision, amendment,
                cycle.referenceDate);
        ReconcileBody.Built built = bodies.build(definition, answers, header, prefills.byRegistryId(assignment.id));
        if (!amendment && latest.isPresent() && sameBody(latest.get(), built.body())
                && (latest.get().status == Publication.Status.PENDING || latest.get().status == Publication.Status.DELIVERED)) {
            return latest.get();
        }
        outbox.supersedeUndelivered(assignment.id);
        int old = legacy.supersedeUndelivered(assignment.id);
        Publication p = new Publication();
        p.assignmentId = assignment.id;
        p.cycle = cycle.code;
        p.country = assignment.country;
        p.revision = revision;
        p.publicationKey = header.key();
        p.amendment = amendment;
        p.reason = reason;
        p.body = write(built.body());
        p.createdAt = OffsetDateTime.now();
        p.nextAttemptAt = p.createdAt;
        // the call that accepted or amended: its delivery, done later by the worker, carries the same request id
        p.requestId = RequestIdLogging.current();
        if (built.problems().isEmpty()) {
            p.status = Publication.Status.PENDING;
        } else {
            p.status = Publication.Status.FAILED;
            p.lastError = "not publishable: " + built.problems().size() + " entries cannot be sent to the registry";
            p.violations = write(json.valueToTree(built.problems()));
        }
        outbox.persist(p);
        queued.fire(new PublicationsQueued(cycle.code, assignment.country));
        LOG.debugf("%s queued (%d entries, %d old per-instrument rows superseded)", p.publicationKey,
                built.body().path("entries").size(), old);
        return p;
    }

    private boolean sameBody(Publication latest, ObjectNode body) {
        try {
            // both read from text, so that numbers compare by value and not by the node type they were built with
            ObjectNode before = (ObjectNode) json.readTree(latest.body);
            ObjectNode now = (ObjectNode) json.readTree(write(body));
            before.remove("key");
            now.remove("key");
            return before.equals(now);
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private String write(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("body could not be written", e);
        }
    }
}
