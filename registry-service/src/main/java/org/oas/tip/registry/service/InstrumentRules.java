package org.oas.tip.registry.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.oas.tip.defaults.Problems;
import org.oas.tip.defaults.Violation;
import org.oas.tip.registry.InstrumentKind;
import org.oas.tip.registry.mapping.InstrumentInput;
import org.oas.tip.registry.rules.InstrumentSchemas;
import org.oas.tip.registry.rules.Relations;
import org.oas.tip.registry.rules.RulesDocument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks an instrument before it is stored and lists every problem at once. The check is the published rules
 * ({@code GET /instrument-rules}): the kind's JSON Schema plus the relations that need no database, so an instrument
 * the questionnaire found valid with the same document is never refused here for its content.
 */
@ApplicationScoped
public class InstrumentRules {

    private final RulesDocument rules;
    private final ObjectMapper compact;

    public InstrumentRules(RulesDocument rules, ObjectMapper json) {
        this.rules = rules;
        // an absent field and a null one mean the same to the registry: neither is sent to the schema
        this.compact = json.copy().setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    /** @throws io.quarkiverse.resteasy.problem.HttpProblem 400 naming every bad field, those given and those found */
    public void check(InstrumentInput in, List<Violation> alsoWrong) {
        List<Violation> wrong = new ArrayList<>(alsoWrong);
        wrong.addAll(violations(in));
        if (!wrong.isEmpty()) {
            wrong.sort(Comparator.comparing(Violation::field));
            throw Problems.invalid(wrong);
        }
    }

    /** Every rule the instrument breaks, by field (empty when it may be stored as far as its content goes). */
    public List<Violation> violations(InstrumentInput in) {
        if (in == null) {
            return List.of(Violation.body("body", "an instrument is required"));
        }
        JsonNode body = compact.valueToTree(in);
        List<Violation> wrong = new ArrayList<>(rules.violations(body, in.kind()));
        wrong.addAll(Relations.yearOrder(in.yearStart(), in.yearEnd()));
        wrong.sort(Comparator.comparing(Violation::field));
        return wrong;
    }

    /** The name of the details group a kind carries, or null. */
    static String detailsOf(InstrumentKind kind) {
        return InstrumentSchemas.detailsOf(kind);
    }
}
