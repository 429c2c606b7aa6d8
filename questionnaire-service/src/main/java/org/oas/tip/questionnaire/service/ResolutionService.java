package org.oas.tip.questionnaire.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.oas.tip.defaults.Caller;
import org.oas.tip.defaults.Problems;
import org.oas.tip.defaults.Violation;
import org.oas.tip.questionnaire.Assignment;
import org.oas.tip.questionnaire.ReportingCycle;
import org.oas.tip.questionnaire.definition.Definition;
import org.oas.tip.questionnaire.definition.Item;
import org.oas.tip.questionnaire.definition.Reserved;
import org.oas.tip.questionnaire.mapping.ResolutionInput;
import org.oas.tip.questionnaire.publication.Publication;
import org.oas.tip.questionnaire.publication.PublicationMapper;
import org.oas.tip.questionnaire.publication.PublicationRepository;
import org.oas.tip.questionnaire.publication.PublicationView;
import org.oas.tip.questionnaire.reconcile.PrefillMapper;
import org.oas.tip.questionnaire.repository.AssignmentRepository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The secretariat's resolution of a publication's conflicts, done as an amendment of the accepted answers: keeping the
 * country's values moves the entry's revision seen to the registry's current one (so they apply on top of it); keeping
 * the registry's sets the entry's conflicting answers to the registry's values (so the entry confirms them).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ResolutionService {

    private static final Pattern REF = Pattern.compile("([A-Za-z0-9._-]+)\\[(\\d+)]");
    private static final Set<String> STATUS_FIELDS = Set.of("status", "statusDate", "statusReason");

    private final PublicationRepository publications;
    private final PublicationMapper mapper;
    private final AssignmentRepository assignments;
    private final Cycles cycles;
    private final Definitions definitions;
    private final AnswerHistory history;
    private final AmendmentService amendments;

    public ResolutionService(PublicationRepository publications, PublicationMapper mapper, AssignmentRepository assignments,
                             Cycles cycles, Definitions definitions, AnswerHistory history, AmendmentService amendments) {
        this.publications = publications;
        this.mapper = mapper;
        this.assignments = assignments;
        this.cycles = cycles;
        this.definitions = definitions;
        this.history = history;
        this.amendments = amendments;
    }

    /** Resolves the listed conflicting entries and republishes the response; returns the new publication revision. */
    @Transactional
    public PublicationView resolve(long id, ResolutionInput input, Caller caller) {
        if (!caller.isAdmin()) {
            throw Problems.forbidden("Only the secretariat resolves conflicts");
        }
        Publication p = publications.findByIdOptional(id).orElseThrow(() -> Problems.notFound("Publication " + id));
        if (p.status != Publication.Status.CONFLICT) {
            throw Problems.conflict("Publication " + id + " is " + p.status + "; only a CONFLICT one is resolved");
        }
        Map<String, JsonNode> conflicts = conflicts(p);
        List<ResolutionInput.Keep> decisions = check(input, conflicts);
        Assignment a = assignments.findById(p.assignmentId);
        if (a.status != Assignment.Status.ACCEPTED || publications.latestOf(a.id).map(l -> l.id != p.id).orElse(true)) {
            throw Problems.conflict("The response of " + a.country + " changed since publication " + id + "; resolve its latest one");
        }
        ReportingCycle cycle = cycles.cycle(p.cycle);
        Definition definition = definitions.of(cycles.questionnaireOf(cycle));
        JsonNode before = definitions.read(a.document);
        ObjectNode after = before.deepCopy();
        String reason = input.reason() == null || input.reason().isBlank()
                ? "Resolution of the conflicts of publication " + p.publicationKey : AmendmentService.reason(input.reason());
        for (ResolutionInput.Keep decision : decisions) {
            ObjectNode entry = entry(definition, after, decision.ref());
            JsonNode was = entry.deepCopy();
            keep(definition, entry, decision, conflicts.get(decision.ref()));
            history.record(a, caller, "RESOLVED", reason + " (keep " + decision.keep() + ")", decision.ref(), was, entry);
        }
        amendments.apply(a, cycle, definition, before, after, reason, caller);
        return mapper.toView(publications.latestOf(a.id).orElseThrow(), false);
    }

    private void keep(Definition definition, ObjectNode entry, ResolutionInput.Keep decision, JsonNode result) {
        Item group = definition.item(REF.matcher(decision.ref()).replaceAll("$1")).orElseThrow();
        group.reservedChild(Reserved.REGISTRY_REVISION).ifPresent(item -> entry.put(item.linkId(), result.path("revision").asLong()));
        if (decision.keep().equals("COUNTRY")) {
            return;
        }
        for (JsonNode conflict : result.path("conflicts")) {
            String field = conflict.path("field").asText();
            if (STATUS_FIELDS.contains(field)) {
                // the registry's state stands: the country's ending or withdrawal is dropped
                for (Reserved role : List.of(Reserved.ACTION, Reserved.STATUS, Reserved.STATUS_DATE, Reserved.REASON)) {
                    group.reservedChild(role).ifPresent(item -> entry.remove(item.linkId()));
                }
                continue;
            }
            group.items().stream().filter(item -> field.equals(item.instrumentField())).findFirst().ifPresent(item -> {
                JsonNode value = conflict.get("registryValue");
                JsonNode answer = value == null || value.isNull() ? null : PrefillMapper.answer(item, value);
                if (answer == null) {
                    entry.remove(item.linkId());
                } else {
                    entry.set(item.linkId(), answer);
                }
            });
        }
    }

    /** The entry of the answers that a ref (group linkId and position) names. */
    private static ObjectNode entry(Definition definition, ObjectNode answers, String ref) {
        Matcher m = REF.matcher(ref);
        m.matches();
        String group = m.group(1);
        int position = Integer.parseInt(m.group(2));
        for (Item section : definition.items()) {
            JsonNode value = answers.path(section.linkId()).get(group);
            if (value instanceof ArrayNode list && position < list.size() && list.get(position) instanceof ObjectNode entry) {
                return entry;
            }
            if (value instanceof ObjectNode entry && position == 0) {
                return entry;
            }
        }
        throw Problems.conflict("The answers no longer hold " + ref);
    }

    private List<ResolutionInput.Keep> check(ResolutionInput input, Map<String, JsonNode> conflicts) {
        if (input == null || input.entries() == null || input.entries().isEmpty()) {
            throw Problems.invalid("entries", "name every conflicting entry and the side to keep");
        }
        List<Violation> violations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < input.entries().size(); i++) {
            ResolutionInput.Keep keep = input.entries().get(i);
            if (keep == null || keep.ref() == null || !conflicts.containsKey(keep.ref()) || !seen.add(keep.ref())) {
                violations.add(Violation.body("entries[" + i + "].ref", "must name a conflicting entry of this publication, once: "
                        + String.join(", ", conflicts.keySet())));
            }
            if (keep == null || !("COUNTRY".equals(keep.keep()) || "REGISTRY".equals(keep.keep()))) {
                violations.add(Violation.body("entries[" + i + "].keep", "must be COUNTRY or REGISTRY"));
            }
        }
        if (!violations.isEmpty()) {
            throw Problems.invalid(violations);
        }
        return input.entries();
    }

    private Map<String, JsonNode> conflicts(Publication p) {
        Map<String, JsonNode> conflicts = new HashMap<>();
        if (p.results != null) {
            definitions.read(p.results).forEach(r -> {
                if ("CONFLICT".equals(r.path("outcome").asText())) {
                    conflicts.put(r.path("ref").asText(), r);
                }
            });
        }
        return conflicts;
    }
}
