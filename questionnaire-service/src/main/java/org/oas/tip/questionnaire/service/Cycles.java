package org.oas.tip.questionnaire.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.oas.tip.defaults.Caller;
import org.oas.tip.defaults.Problems;
import org.oas.tip.questionnaire.Assignment;
import org.oas.tip.questionnaire.Questionnaire;
import org.oas.tip.questionnaire.ReportingCycle;
import org.oas.tip.questionnaire.repository.AssignmentRepository;
import org.oas.tip.questionnaire.repository.QuestionnaireRepository;
import org.oas.tip.questionnaire.repository.ReportingCycleRepository;

import java.util.Locale;

/** Looks up cycles and assignments, applying who may see them: a focal point sees only its own country's (404 otherwise). */
@ApplicationScoped
public class Cycles {

    private final ReportingCycleRepository cycles;
    private final AssignmentRepository assignments;
    private final QuestionnaireRepository questionnaires;

    public Cycles(ReportingCycleRepository cycles, AssignmentRepository assignments, QuestionnaireRepository questionnaires) {
        this.cycles = cycles;
        this.assignments = assignments;
        this.questionnaires = questionnaires;
    }

    public ReportingCycle cycle(String code) {
        return cycles.findByCode(code).orElseThrow(() -> Problems.notFound("Cycle " + code));
    }

    public Questionnaire questionnaireOf(ReportingCycle cycle) {
        if (cycle.questionnaireId == null) {
            throw Problems.conflict("Cycle " + cycle.code + " asks no questionnaire yet");
        }
        return questionnaires.findById(cycle.questionnaireId);
    }

    /** The assignment, if the caller may see it. */
    public Assignment visible(ReportingCycle cycle, String country, Caller caller) {
        String iso3 = country.toUpperCase(Locale.ROOT);
        return assignments.find(cycle.id, iso3)
                .filter(a -> caller.seesRestrictedOf(a.country))
                .orElseThrow(() -> Problems.notFound("Assignment of " + iso3 + " in cycle " + cycle.code));
    }

    /** The assignment, if the caller may change its answers: its own country's focal point or the secretariat. */
    public Assignment writable(ReportingCycle cycle, String country, Caller caller) {
        Assignment a = visible(cycle, country, caller);
        if (!caller.writesFor(a.country)) {
            throw Problems.forbidden("Answers of " + a.country + " are given by its focal point or by the secretariat on its behalf");
        }
        return a;
    }
}
