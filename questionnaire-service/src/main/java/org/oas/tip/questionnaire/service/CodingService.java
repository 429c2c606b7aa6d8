package org.oas.tip.questionnaire.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.oas.tip.defaults.Caller;
import org.oas.tip.defaults.Problems;
import org.oas.tip.defaults.Violation;
import org.oas.tip.questionnaire.Assignment;
import org.oas.tip.questionnaire.CodedAnswer;
import org.oas.tip.questionnaire.Questionnaire;
import org.oas.tip.questionnaire.ReportingCycle;
import org.oas.tip.questionnaire.definition.AnswerOption;
import org.oas.tip.questionnaire.definition.AnswerRules;
import org.oas.tip.questionnaire.definition.Definition;
import org.oas.tip.questionnaire.definition.Item;
import org.oas.tip.questionnaire.mapping.CodedAnswerView;
import org.oas.tip.questionnaire.mapping.CodingInput;
import org.oas.tip.questionnaire.repository.AssignmentRepository;
import org.oas.tip.questionnaire.repository.CodedAnswerRepository;
import org.oas.tip.questionnaire.repository.QuestionnaireRepository;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The systematization: analysts code answers (open text included) into values of the structured questionnaire's items,
 * so every cycle yields comparable figures. The 2015-2018 baseline's coded facts are coded answers too.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CodingService {

    /** The questionnaire whose items codings target (its newest published version). */
    static final String STRUCTURED = "oas-tip-structured";

    private final Cycles cycles;
    private final AssignmentRepository assignments;
    private final CodedAnswerRepository coded;
    private final QuestionnaireRepository questionnaires;
    private final Definitions definitions;

    public CodingService(Cycles cycles, AssignmentRepository assignments, CodedAnswerRepository coded,
                         QuestionnaireRepository questionnaires, Definitions definitions) {
        this.cycles = cycles;
        this.assignments = assignments;
        this.coded = coded;
        this.questionnaires = questionnaires;
        this.definitions = definitions;
    }

    /** The coded answers of a cycle the caller may see (a focal point: its own country's). */
    public List<CodedAnswerView> list(String cycleCode, String country, Caller caller) {
        ReportingCycle cycle = cycles.cycle(cycleCode);
        Map<Long, String> countries = assignments.ofCycle(cycle.id).stream()
                .filter(a -> caller.seesRestrictedOf(a.country) && (country == null || a.country.equalsIgnoreCase(country)))
                .collect(Collectors.toMap(a -> a.id, a -> a.country));
        if (countries.isEmpty()) {
            return List.of();
        }
        return coded.ofAssignments(new ArrayList<>(countries.keySet())).stream()
                .map(c -> view(c, countries.get(c.assignmentId)))
                .sorted(Comparator.comparing(CodedAnswerView::country).thenComparing(CodedAnswerView::id)).toList();
    }

    @Transactional
    public CodedAnswerView code(String cycleCode, String country, CodingInput input, Caller caller) {
        if (!caller.isAdmin() && !caller.isAnalyst()) {
            throw Problems.forbidden("Answers are coded by the secretariat and analysts");
        }
        ReportingCycle cycle = cycles.cycle(cycleCode);
        Assignment a = cycles.visible(cycle, country, caller);
        check(input);
        CodedAnswer c = new CodedAnswer();
        c.assignmentId = a.id;
        c.linkId = input.linkId();
        c.repeatIndex = input.repeatIndex();
        c.value = definitions.write(input.value());
        c.source = input.source() == null || input.source().isBlank() ? "coding" : input.source().strip();
        c.codedBy = caller.subject();
        c.codedAt = OffsetDateTime.now();
        coded.persist(c);
        return view(c, a.country);
    }

    private void check(CodingInput input) {
        if (input == null) {
            throw Problems.invalid("body", "a coding is required");
        }
        List<Violation> wrong = new ArrayList<>();
        Questionnaire structured = questionnaires.listOrdered(true).stream().filter(q -> STRUCTURED.equals(q.code))
                .reduce((first, second) -> second).orElseThrow(() -> Problems.conflict("No published " + STRUCTURED + " questionnaire"));
        Definition definition = definitions.of(structured);
        Item item = input.linkId() == null ? null : definition.item(input.linkId()).orElse(null);
        if (item == null) {
            wrong.add(Violation.body("linkId", "must be an item of " + STRUCTURED + " version " + structured.versionLabel));
        }
        if (input.value() == null || input.value().isNull()) {
            wrong.add(Violation.body("value", "is required"));
        } else if (item != null && item.answerOptions() != null && !item.answerOptions().isEmpty()
                && item.answerOptions().stream().map(AnswerOption::code).noneMatch(input.value().asText()::equals)) {
            wrong.add(Violation.body("value", "must be one of the options of " + item.linkId()));
        } else if (item != null) {
            // a coded value is an answer to its item: the same type, range and length (no "" for a choice, no 10^30 count)
            String problem = item.isGroup() || input.value().isContainerNode()
                    ? "must be a single answer to " + item.linkId() + ", not a group or a list"
                    : AnswerRules.problem(item, input.value());
            if (problem != null) {
                wrong.add(Violation.body("value", problem));
            }
        }
        if (input.repeatIndex() != null && input.repeatIndex() < 0) {
            wrong.add(Violation.body("repeatIndex", "must be 0 or more"));
        }
        if (input.source() != null && input.source().length() > 300) {
            wrong.add(Violation.body("source", "must be at most 300 characters"));
        }
        if (!wrong.isEmpty()) {
            throw Problems.invalid(wrong);
        }
    }

    private CodedAnswerView view(CodedAnswer c, String country) {
        return new CodedAnswerView(c.id, country, c.linkId, c.repeatIndex, definitions.read(c.value), c.source, c.codedBy, c.codedAt);
    }
}
