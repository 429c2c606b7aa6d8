package org.oas.tip.questionnaire.rules;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.oas.tip.questionnaire.definition.Definition;
import org.oas.tip.questionnaire.definition.Mode;
import org.oas.tip.questionnaire.definition.Problem;
import org.oas.tip.questionnaire.publication.InstrumentMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Checks the instrument entries of a response with the registry's published rules, as the registry will check them at
 * publication: each entry is turned into the registry's body exactly as publication does ({@link InstrumentMapper}),
 * then validated with its kind's schema and the relations. Each problem is reported on the item that carries the
 * registry field (or on the entry), with its JSON pointer, like the response validator's.
 */
@ApplicationScoped
public class InstrumentEntryCheck {

    /** Every entry is checked: the default, until entries that only confirm pre-filled inventory are told apart. */
    public static final Predicate<InstrumentMapper.Entry> EVERY_ENTRY = entry -> true;

    private final InstrumentMapper mapper;
    private final RegistryRules rules;

    public InstrumentEntryCheck(InstrumentMapper mapper, RegistryRules rules) {
        this.mapper = mapper;
        this.rules = rules;
    }

    /** {@link #problems(Definition, JsonNode, String, String, Mode, Predicate)} of every entry. */
    public List<Problem> problems(Definition definition, JsonNode answers, String country, String cycle, Mode mode) {
        return problems(definition, answers, country, cycle, mode, EVERY_ENTRY);
    }

    /**
     * The problems the registry would find in the entries {@code which} selects (those that would be written). In
     * {@link Mode#DRAFT} missing fields are not problems yet; formats always are. An entry publication could not even
     * send keeps that message too.
     *
     * @throws io.quarkiverse.resteasy.problem.HttpProblem 503 when entries need checking and no rules are known
     */
    public List<Problem> problems(Definition definition, JsonNode answers, String country, String cycle, Mode mode,
                                  Predicate<InstrumentMapper.Entry> which) {
        List<InstrumentMapper.Entry> entries = mapper.entries(definition, answers, country, cycle).stream().filter(which).toList();
        if (entries.isEmpty()) {
            return List.of();
        }
        RuleSet ruleSet = rules.current();
        EntryLocations locations = EntryLocations.of(definition, answers);
        List<Problem> problems = new ArrayList<>();
        for (InstrumentMapper.Entry entry : entries) {
            EntryLocations.Entry where = locations.entry(entry.question(), entry.position());
            if (where == null) {
                continue;
            }
            if (entry.problem() != null) {
                problems.add(new Problem(entry.question(), where.pointer(), entry.problem()));
            }
            for (RuleSet.FieldProblem wrong : ruleSet.violations(entry.payload(), mode)) {
                problems.add(EntryLocations.problem(where, wrong.field(), wrong.message()));
            }
        }
        return problems;
    }
}
