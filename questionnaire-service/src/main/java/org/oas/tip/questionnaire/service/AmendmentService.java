package org.oas.tip.questionnaire.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.oas.tip.defaults.Caller;
import org.oas.tip.defaults.ETags;
import org.oas.tip.defaults.Problems;
import org.oas.tip.defaults.Versioned;
import org.oas.tip.questionnaire.Assignment;
import org.oas.tip.questionnaire.Questionnaire;
import org.oas.tip.questionnaire.ReportingCycle;
import org.oas.tip.questionnaire.definition.Definition;
import org.oas.tip.questionnaire.definition.Documents;
import org.oas.tip.questionnaire.definition.Mode;
import org.oas.tip.questionnaire.definition.Problem;
import org.oas.tip.questionnaire.definition.ResponseValidator;
import org.oas.tip.questionnaire.mapping.AmendmentInput;
import org.oas.tip.questionnaire.mapping.AssignmentView;
import org.oas.tip.questionnaire.publication.PublicationOutbox;
import org.oas.tip.questionnaire.repository.AssignmentRepository;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The secretariat's correction of an accepted response: validated like a submission, every changed answer in the
 * history with who and why, the response stays ACCEPTED, and it is republished whole as an amendment.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AmendmentService {

    static final int MAX_REASON = 2000;

    private final Cycles cycles;
    private final Definitions definitions;
    private final AnswerHistory history;
    private final PublicationOutbox outbox;
    private final AssignmentRepository assignments;

    public AmendmentService(Cycles cycles, Definitions definitions, AnswerHistory history, PublicationOutbox outbox,
                            AssignmentRepository assignments) {
        this.assignments = assignments;
        this.cycles = cycles;
        this.definitions = definitions;
        this.history = history;
        this.outbox = outbox;
    }

    @Transactional
    public Versioned<AssignmentView> amend(String cycleCode, String country, long expectedVersion, AmendmentInput input, Caller caller) {
        if (!caller.isAdmin()) {
            throw Problems.forbidden("Only the secretariat amends accepted answers");
        }
        String reason = reason(input == null ? null : input.reason());
        JsonNode patch = input.answers() == null || input.answers().isNull() ? JsonNodeFactory.instance.objectNode() : input.answers();
        if (!patch.isObject()) {
            throw Problems.invalid("answers", "must be a JSON object of answers keyed by linkId");
        }
        ReportingCycle cycle = cycles.cycle(cycleCode);
        Assignment a = cycles.visible(cycle, country, caller);
        if (a.status != Assignment.Status.ACCEPTED) {
            throw Problems.conflict("Only accepted answers are amended; " + a.country + "'s response is " + a.status);
        }
        ETags.requireVersion(a.version, expectedVersion);
        Questionnaire q = cycles.questionnaireOf(cycle);
        Definition definition = definitions.of(q);
        JsonNode before = definitions.read(a.document);
        JsonNode after = Documents.mergePatch(before, patch);
        apply(a, cycle, definition, before, after, reason, caller);
        return new Versioned<>(AssignmentView.of(a, cycle.code, q.code, q.versionLabel, after), a.version);
    }

    /**
     * Stores amended answers of an accepted response and republishes it: shared by the amendment and the resolution of
     * conflicts. Refuses (400, nothing stored) answers that would not pass a submission.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(Assignment a, ReportingCycle cycle, Definition definition, JsonNode before, JsonNode after, String reason,
                      Caller caller) {
        List<Problem> problems = ResponseValidator.validate(definition, after, Mode.SUBMISSION);
        if (!problems.isEmpty()) {
            throw Problems.invalid(Definitions.violations(problems));
        }
        history.recordDiff(a, caller, "AMENDED", reason, before, after);
        a.document = definitions.write(after);
        a.updatedAt = OffsetDateTime.now();
        outbox.enqueue(a, cycle, definition, after, true, reason);
        // the version moves even when no answer changed (updatedAt did): the ETag the caller gets back is current
        assignments.flush();
    }

    static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw Problems.invalid("reason", "is required: say why the accepted answers change");
        }
        if (reason.length() > MAX_REASON) {
            throw Problems.invalid("reason", "must be at most " + MAX_REASON + " characters");
        }
        return reason.strip();
    }
}
