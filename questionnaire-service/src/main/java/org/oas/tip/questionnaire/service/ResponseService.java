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
import org.oas.tip.questionnaire.ResponseChange;
import org.oas.tip.questionnaire.definition.Definition;
import org.oas.tip.questionnaire.definition.Documents;
import org.oas.tip.questionnaire.definition.Mode;
import org.oas.tip.questionnaire.definition.Problem;
import org.oas.tip.questionnaire.definition.ResponseValidator;
import org.oas.tip.questionnaire.mapping.AssignmentView;
import org.oas.tip.questionnaire.mapping.ChangeView;
import org.oas.tip.questionnaire.mapping.ValidationReport;
import org.oas.tip.questionnaire.repository.AssignmentRepository;
import org.oas.tip.questionnaire.repository.ResponseChangeRepository;
import org.oas.tip.questionnaire.Prefill;
import org.oas.tip.questionnaire.reconcile.ReconcileBody;
import org.oas.tip.questionnaire.repository.PrefillRepository;
import org.oas.tip.questionnaire.rules.InstrumentEntryCheck;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A country's answers in a cycle: read, saved by linkId (a JSON merge patch, many answers at once), validated against
 * the exact questionnaire version and the registry's instrument rules, submitted. A refused save stores nothing; every
 * stored change is in the history.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ResponseService {

    private final Cycles cycles;
    private final AssignmentRepository assignments;
    private final ResponseChangeRepository changes;
    private final Definitions definitions;
    private final InstrumentEntryCheck instrumentEntries;
    private final PrefillRepository prefills;
    private final ReconcileBody reconcile;

    public ResponseService(Cycles cycles, AssignmentRepository assignments, ResponseChangeRepository changes, Definitions definitions,
                           InstrumentEntryCheck instrumentEntries, PrefillRepository prefills, ReconcileBody reconcile) {
        this.cycles = cycles;
        this.assignments = assignments;
        this.changes = changes;
        this.definitions = definitions;
        this.instrumentEntries = instrumentEntries;
        this.prefills = prefills;
        this.reconcile = reconcile;
    }

    /** Every assignment of a cycle the caller may see (a focal point: its own). */
    public List<AssignmentView> list(String cycleCode, Caller caller) {
        ReportingCycle cycle = cycles.cycle(cycleCode);
        Questionnaire q = cycles.questionnaireOf(cycle);
        return assignments.ofCycle(cycle.id).stream().filter(a -> caller.seesRestrictedOf(a.country))
                .map(a -> AssignmentView.of(a, cycle.code, q.code, q.versionLabel, null)).toList();
    }

    public Versioned<AssignmentView> get(String cycleCode, String country, Caller caller) {
        ReportingCycle cycle = cycles.cycle(cycleCode);
        return view(cycle, cycles.visible(cycle, country, caller));
    }

    @Transactional
    public Versioned<AssignmentView> save(String cycleCode, String country, long expectedVersion, JsonNode patch, Caller caller) {
        ReportingCycle cycle = cycles.cycle(cycleCode);
        Assignment a = open(cycle, country, expectedVersion, caller);
        JsonNode before = definitions.read(a.document);
        JsonNode after = Documents.mergePatch(before, requireObject(patch));
        refuseProblems(problems(cycle, a, after, Mode.DRAFT));
        record(a, caller, before, after);
        a.document = definitions.write(after);
        if (a.status == Assignment.Status.NOT_STARTED) {
            a.status = Assignment.Status.IN_PROGRESS;
        }
        a.updatedAt = OffsetDateTime.now();
        assignments.flush();
        return view(cycle, a);
    }

    /** What a save (mode DRAFT) or a submission (mode SUBMISSION) of these answers would say; stores nothing. */
    public ValidationReport validate(String cycleCode, String country, JsonNode patch, Mode mode, Caller caller) {
        ReportingCycle cycle = cycles.cycle(cycleCode);
        Assignment a = cycles.writable(cycle, country, caller);
        JsonNode answers = Documents.mergePatch(definitions.read(a.document), patch == null ? empty() : requireObject(patch));
        List<Problem> problems = problems(cycle, a, answers, mode);
        return new ValidationReport(problems.isEmpty(), mode.name(), problems);
    }

    /** Submits the answers (with an optional last patch): every required item answered, then locked until clarification. */
    @Transactional
    public Versioned<AssignmentView> submit(String cycleCode, String country, long expectedVersion, JsonNode patch, Caller caller) {
        ReportingCycle cycle = cycles.cycle(cycleCode);
        Assignment a = open(cycle, country, expectedVersion, caller);
        JsonNode before = definitions.read(a.document);
        JsonNode after = Documents.mergePatch(before, patch == null || patch.isNull() ? empty() : requireObject(patch));
        refuseProblems(problems(cycle, a, after, Mode.SUBMISSION));
        record(a, caller, before, after);
        a.document = definitions.write(after);
        a.status = Assignment.Status.SUBMITTED;
        a.submittedAt = OffsetDateTime.now();
        // late submissions are accepted, and flagged
        a.late = LocalDate.now(ZoneOffset.UTC).isAfter(a.deadline);
        a.updatedAt = a.submittedAt;
        ResponseChange status = change(a, caller, "SUBMITTED");
        status.after = "\"" + a.status + "\"";
        changes.persist(status);
        assignments.flush();
        return view(cycle, a);
    }

    public List<ChangeView> history(String cycleCode, String country, Caller caller) {
        ReportingCycle cycle = cycles.cycle(cycleCode);
        Assignment a = cycles.visible(cycle, country, caller);
        return changes.ofAssignment(a.id).stream().map(c -> new ChangeView(c.id, c.changedAt, c.action, c.subject, c.client,
                c.actorCountry, c.linkId, c.pointer, c.before == null ? null : definitions.read(c.before),
                c.after == null ? null : definitions.read(c.after), c.reason)).toList();
    }

    private Assignment open(ReportingCycle cycle, String country, long expectedVersion, Caller caller) {
        Assignment a = cycles.writable(cycle, country, caller);
        if (cycle.closedAt != null) {
            throw Problems.conflict("Cycle " + cycle.code + " was closed on " + cycle.closedAt.toLocalDate() + " and takes no more answers");
        }
        if (!a.isOpen()) {
            throw Problems.conflict("The response of " + a.country + " is " + a.status + " and locked"
                    + (a.status == Assignment.Status.SUBMITTED ? " until the secretariat requests a clarification" : ""));
        }
        ETags.requireVersion(a.version, expectedVersion);
        return a;
    }

    private Definition definition(ReportingCycle cycle) {
        return definitions.of(cycles.questionnaireOf(cycle));
    }

    /**
     * The questionnaire's own checks, then the registry's rules on every instrument entry, so that an answer that
     * validates is not refused at publication; a value the questionnaire already refused is not reported twice.
     */
    private List<Problem> problems(ReportingCycle cycle, Assignment a, JsonNode answers, Mode mode) {
        Definition definition = definition(cycle);
        List<Problem> problems = new ArrayList<>(ResponseValidator.validate(definition, answers, mode));
        Set<String> reported = problems.stream().map(Problem::pointer).collect(Collectors.toSet());
        // only what publication would write is checked: a confirmed, ended or withdrawn inventory entry writes no content
        Map<Long, Prefill> prefilled = prefills.byRegistryId(a.id);
        instrumentEntries.problems(definition, answers, a.country, cycle.code, mode, entry -> reconcile.writes(entry, prefilled)).stream()
                .filter(problem -> !reported.contains(problem.pointer())).forEach(problems::add);
        return problems;
    }

    private void record(Assignment a, Caller caller, JsonNode before, JsonNode after) {
        for (Documents.Change diff : Documents.diff(before, after)) {
            ResponseChange c = change(a, caller, "SAVED");
            c.linkId = diff.linkId();
            c.pointer = diff.pointer();
            c.before = diff.before() == null ? null : definitions.write(diff.before());
            c.after = diff.after() == null ? null : definitions.write(diff.after());
            changes.persist(c);
        }
    }

    private static ResponseChange change(Assignment a, Caller caller, String action) {
        ResponseChange c = new ResponseChange();
        c.assignmentId = a.id;
        c.changedAt = OffsetDateTime.now();
        c.subject = caller.subject();
        c.client = caller.client();
        c.actorCountry = caller.country();
        c.action = action;
        return c;
    }

    private Versioned<AssignmentView> view(ReportingCycle cycle, Assignment a) {
        Questionnaire q = cycles.questionnaireOf(cycle);
        return new Versioned<>(AssignmentView.of(a, cycle.code, q.code, q.versionLabel, definitions.read(a.document)), a.version);
    }

    private static void refuseProblems(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw Problems.invalid(Definitions.violations(problems));
        }
    }

    private static JsonNode requireObject(JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw Problems.invalid("body", "must be a JSON object of answers keyed by linkId");
        }
        return patch;
    }

    private static JsonNode empty() {
        return JsonNodeFactory.instance.objectNode();
    }
}
