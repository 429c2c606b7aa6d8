package org.oas.tip.questionnaire.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import org.oas.tip.defaults.Problems;
import org.oas.tip.defaults.Violation;
import org.oas.tip.questionnaire.Assignment;
import org.oas.tip.questionnaire.Questionnaire;
import org.oas.tip.questionnaire.ReportingCycle;
import org.oas.tip.questionnaire.client.MemberStates;
import org.oas.tip.questionnaire.definition.Definition;
import org.oas.tip.questionnaire.mapping.CycleMapper;
import org.oas.tip.questionnaire.mapping.CycleView;
import org.oas.tip.questionnaire.mapping.NewCycle;
import org.oas.tip.questionnaire.repository.AssignmentRepository;
import org.oas.tip.questionnaire.repository.QuestionnaireRepository;
import org.oas.tip.questionnaire.repository.ReportingCycleRepository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;

/** Rules for opening and reading reporting cycles. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CycleService {

    private final ReportingCycleRepository cycles;
    private final QuestionnaireRepository questionnaires;
    private final AssignmentRepository assignments;
    private final MemberStates memberStates;
    private final Definitions definitions;
    private final CyclePrefill prefill;

    public CycleService(ReportingCycleRepository cycles, QuestionnaireRepository questionnaires, AssignmentRepository assignments,
                        MemberStates memberStates, Definitions definitions, CyclePrefill prefill) {
        this.cycles = cycles;
        this.questionnaires = questionnaires;
        this.assignments = assignments;
        this.memberStates = memberStates;
        this.definitions = definitions;
        this.prefill = prefill;
    }

    public List<CycleView> list() {
        return cycles.listNewestFirst().stream().map(this::view).toList();
    }

    public Optional<CycleView> find(String code) {
        return cycles.findByCode(code).map(this::view);
    }

    private CycleView view(ReportingCycle c) {
        return CycleMapper.toView(c, c.questionnaireId == null ? null : questionnaires.findById(c.questionnaireId));
    }

    /**
     * Opens a cycle on a published questionnaire version, with one assignment per active member state (the registry's
     * list), or per member state the secretariat chose. Its code must be new and its deadline not before its opening. On a questionnaire with reserved registry
     * ids, each assignment is pre-filled with its country's instruments in force; every inventory is read before anything
     * is written, so a registry that does not answer leaves nothing behind (503, the secretariat tries again).
     */
    @Transactional
    public CycleView open(@Valid NewCycle cycle) {
        if (cycle.deadline().isBefore(cycle.opensOn())) {
            throw Problems.invalid("deadline", "must not be before opensOn " + cycle.opensOn());
        }
        Questionnaire q = questionnaires.findVersion(cycle.questionnaire(), cycle.questionnaireVersion())
                .filter(v -> v.status == Questionnaire.Status.PUBLISHED)
                .orElseThrow(() -> Problems.invalid("questionnaire", "no published questionnaire " + cycle.questionnaire()
                        + " version " + cycle.questionnaireVersion()));
        if (cycles.findByCode(cycle.code()).isPresent()) {
            throw Problems.conflict("A cycle with code " + cycle.code() + " already exists");
        }
        List<String> countries = assigned(cycle.countries(), memberStates.active());
        Definition definition = definitions.of(q);
        Map<String, List<JsonNode>> inventories = CyclePrefill.applies(definition) ? prefill.inventories(countries) : Map.of();
        var entity = CycleMapper.toEntity(cycle);
        entity.questionnaireId = q.id;
        cycles.persist(entity);
        for (String country : countries) {
            Assignment a = new Assignment();
            a.cycleId = entity.id;
            a.country = country;
            a.deadline = cycle.deadline();
            a.updatedAt = OffsetDateTime.now();
            assignments.persist(a);
            if (inventories.containsKey(country)) {
                prefill.fill(a, definition, inventories.get(country));
            }
        }
        return view(entity);
    }

    /** The secretariat's choice of countries, each an active member state named once; all of them when it makes none. */
    private static List<String> assigned(List<String> chosen, List<String> active) {
        if (chosen == null) {
            return active;
        }
        List<Violation> wrong = new ArrayList<>();
        if (chosen.isEmpty()) {
            wrong.add(Violation.body("countries", "name at least one member state, or leave it out for all active ones"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < chosen.size(); i++) {
            String country = chosen.get(i);
            if (country == null || !active.contains(country)) {
                wrong.add(Violation.body("countries[" + i + "]", "is not an active member state: " + country));
            } else if (!seen.add(country)) {
                wrong.add(Violation.body("countries[" + i + "]", country + " is named twice"));
            }
        }
        if (!wrong.isEmpty()) {
            throw Problems.invalid(wrong);
        }
        return List.copyOf(chosen);
    }

    /** Closes a cycle to further answers (idempotent: closing a closed cycle keeps its first date). */
    @Transactional
    public CycleView close(String code) {
        ReportingCycle cycle = cycles.findByCode(code).orElseThrow(() -> Problems.notFound("Cycle " + code));
        if (cycle.closedAt == null) {
            cycle.closedAt = OffsetDateTime.now();
        }
        return view(cycle);
    }
}
