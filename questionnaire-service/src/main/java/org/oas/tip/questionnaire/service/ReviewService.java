package org.oas.tip.questionnaire.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.oas.tip.defaults.Caller;
import org.oas.tip.defaults.ETags;
import org.oas.tip.defaults.Problems;
import org.oas.tip.defaults.Versioned;
import org.oas.tip.questionnaire.Assignment;
import org.oas.tip.questionnaire.Clarification;
import org.oas.tip.questionnaire.Questionnaire;
import org.oas.tip.questionnaire.ReportingCycle;
import org.oas.tip.questionnaire.ResponseChange;
import org.oas.tip.questionnaire.definition.Definition;
import org.oas.tip.questionnaire.mapping.AssignmentView;
import org.oas.tip.questionnaire.mapping.ClarificationView;
import org.oas.tip.questionnaire.mapping.TextInput;
import org.oas.tip.questionnaire.publication.Publication;
import org.oas.tip.questionnaire.publication.PublicationOutbox;
import org.oas.tip.questionnaire.publication.PublicationRepository;
import org.oas.tip.questionnaire.repository.AssignmentRepository;
import org.oas.tip.questionnaire.repository.ClarificationRepository;
import org.oas.tip.questionnaire.repository.ResponseChangeRepository;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The secretariat's review of a submitted response: clarification requests on single answers (which reopen it), the
 * country's replies, resolution, and acceptance, which publishes the instrument answers to the registry.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReviewService {

    private static final int MAX_TEXT = 4000;

    private final Cycles cycles;
    private final AssignmentRepository assignments;
    private final ClarificationRepository clarifications;
    private final ResponseChangeRepository changes;
    private final Definitions definitions;
    private final PublicationOutbox outbox;
    private final PublicationRepository publications;

    public ReviewService(Cycles cycles, AssignmentRepository assignments, ClarificationRepository clarifications,
                         ResponseChangeRepository changes, Definitions definitions, PublicationOutbox outbox,
                         PublicationRepository publications) {
        this.publications = publications;
        this.cycles = cycles;
        this.assignments = assignments;
        this.clarifications = clarifications;
        this.changes = changes;
        this.definitions = definitions;
        this.outbox = outbox;
    }

    public List<ClarificationView> list(String cycleCode, String country, Caller caller) {
        Assignment a = cycles.visible(cycles.cycle(cycleCode), country, caller);
        return clarifications.ofAssignment(a.id).stream().map(ClarificationView::of).toList();
    }

    /**
     * Asks about one answer of a submitted response; the response reopens for the country (CLARIFICATION_REQUESTED). The
     * secretariat may also reopen an accepted response whose latest publication FAILED or is in CONFLICT: the country
     * corrects it, resubmits, and its acceptance publishes the next revision.
     */
    @Transactional
    public ClarificationView ask(String cycleCode, String country, TextInput input, Caller caller) {
        reviewer(caller);
        ReportingCycle cycle = cycles.cycle(cycleCode);
        Assignment a = cycles.visible(cycle, country, caller);
        Definition definition = definitions.of(cycles.questionnaireOf(cycle));
        if (input == null || input.linkId() == null || definition.item(input.linkId()).isEmpty()) {
            throw Problems.invalid("linkId", "must be an item of questionnaire " + definition.code() + " version " + definition.version());
        }
        String text = text(input);
        boolean repair = a.status == Assignment.Status.ACCEPTED && caller.isAdmin() && publications.latestOf(a.id)
                .map(p -> p.status == Publication.Status.FAILED || p.status == Publication.Status.CONFLICT).orElse(false);
        if (a.status != Assignment.Status.SUBMITTED && a.status != Assignment.Status.CLARIFICATION_REQUESTED && !repair) {
            throw Problems.conflict("Clarifications are asked about a submitted response, or by the secretariat about an accepted "
                    + "one whose publication failed or conflicts; " + a.country + "'s is " + a.status);
        }
        Clarification c = new Clarification();
        c.assignmentId = a.id;
        c.linkId = input.linkId();
        c.createdAt = OffsetDateTime.now();
        c.createdBy = caller.subject();
        c.messages.add(message(caller, text));
        clarifications.persist(c);
        status(a, Assignment.Status.CLARIFICATION_REQUESTED, caller);
        return ClarificationView.of(c);
    }

    /** The country's reply (or the secretariat's follow-up) in a thread. */
    @Transactional
    public ClarificationView reply(String cycleCode, String country, long id, TextInput input, Caller caller) {
        Assignment a = cycles.visible(cycles.cycle(cycleCode), country, caller);
        Clarification c = thread(a, id);
        if (c.status == Clarification.Status.RESOLVED) {
            throw Problems.conflict("Clarification " + id + " is resolved");
        }
        boolean fromCountry = caller.isFocalPoint();
        if (!fromCountry && !caller.isAdmin() && !caller.isAnalyst()) {
            throw Problems.forbidden("Only the country and the secretariat write in a clarification thread");
        }
        c.messages.add(message(caller, text(input)));
        if (fromCountry) {
            c.status = Clarification.Status.ANSWERED;
        }
        clarifications.flush();
        return ClarificationView.of(c);
    }

    @Transactional
    public ClarificationView resolve(String cycleCode, String country, long id, Caller caller) {
        reviewer(caller);
        Assignment a = cycles.visible(cycles.cycle(cycleCode), country, caller);
        Clarification c = thread(a, id);
        c.status = Clarification.Status.RESOLVED;
        c.resolvedAt = OffsetDateTime.now();
        clarifications.flush();
        return ClarificationView.of(c);
    }

    /** Accepts a submitted response with every clarification resolved, and queues its instruments for the registry. */
    @Transactional
    public Versioned<AssignmentView> accept(String cycleCode, String country, long expectedVersion, Caller caller) {
        if (!caller.isAdmin()) {
            throw Problems.forbidden("Only the secretariat accepts responses");
        }
        ReportingCycle cycle = cycles.cycle(cycleCode);
        Assignment a = cycles.visible(cycle, country, caller);
        if (a.status != Assignment.Status.SUBMITTED) {
            throw Problems.conflict("Only a submitted response is accepted; " + a.country + "'s is " + a.status);
        }
        ETags.requireVersion(a.version, expectedVersion);
        long open = clarifications.unresolved(a.id);
        if (open > 0) {
            throw Problems.conflict(open + " clarification(s) of " + a.country + " are not resolved");
        }
        a.acceptedAt = OffsetDateTime.now();
        status(a, Assignment.Status.ACCEPTED, caller);
        Questionnaire q = cycles.questionnaireOf(cycle);
        JsonNode answers = definitions.read(a.document);
        outbox.enqueue(a, cycle, definitions.of(q), answers, false, null);
        assignments.flush();
        return new Versioned<>(AssignmentView.of(a, cycle.code, q.code, q.versionLabel, answers), a.version);
    }

    private void status(Assignment a, Assignment.Status status, Caller caller) {
        ResponseChange c = new ResponseChange();
        c.assignmentId = a.id;
        c.changedAt = OffsetDateTime.now();
        c.subject = caller.subject();
        c.client = caller.client();
        c.actorCountry = caller.country();
        c.action = status == Assignment.Status.ACCEPTED ? "ACCEPTED" : "STATUS";
        c.before = "\"" + a.status + "\"";
        c.after = "\"" + status + "\"";
        changes.persist(c);
        a.status = status;
        a.updatedAt = OffsetDateTime.now();
    }

    private Clarification thread(Assignment a, long id) {
        return clarifications.findByIdOptional(id).filter(c -> c.assignmentId == a.id)
                .orElseThrow(() -> Problems.notFound("Clarification " + id));
    }

    private static void reviewer(Caller caller) {
        if (!caller.isAdmin() && !caller.isAnalyst()) {
            throw Problems.forbidden("Clarifications are asked and resolved by the secretariat and analysts");
        }
    }

    private static String text(TextInput input) {
        if (input == null || input.text() == null || input.text().isBlank()) {
            throw Problems.invalid("text", "is required");
        }
        if (input.text().length() > MAX_TEXT) {
            throw Problems.invalid("text", "must be at most " + MAX_TEXT + " characters");
        }
        return input.text().strip();
    }

    private static Clarification.Message message(Caller caller, String text) {
        Clarification.Message m = new Clarification.Message();
        m.author = caller.subject();
        m.authorCountry = caller.country();
        m.text = text;
        m.writtenAt = OffsetDateTime.now();
        return m;
    }
}
