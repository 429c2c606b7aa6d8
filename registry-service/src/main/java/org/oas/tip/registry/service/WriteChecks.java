package org.oas.tip.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.oas.tip.defaults.Caller;
import org.oas.tip.defaults.Problems;
import org.oas.tip.defaults.Violation;
import org.oas.tip.registry.Instrument;
import org.oas.tip.registry.mapping.InstrumentInput;
import org.oas.tip.registry.repository.CountryRepository;
import org.oas.tip.registry.repository.InstrumentRepository;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The checks of a direct write beyond the instrument's own rules: a known country the caller writes for, an
 * identity that keeps its country and kind, and a successor of the same country.
 */
@ApplicationScoped
public class WriteChecks {

    private final InstrumentRepository instruments;
    private final CountryRepository countries;
    private final InstrumentRules rules;

    public WriteChecks(InstrumentRepository instruments, CountryRepository countries, InstrumentRules rules) {
        this.instruments = instruments;
        this.countries = countries;
        this.rules = rules;
    }

    /**
     * @param current   the instrument an update replaces (null on create)
     * @param alsoWrong problems the caller found already
     * @throws io.quarkiverse.resteasy.problem.HttpProblem 400 naming every bad field, 403 for another country
     */
    public void check(InstrumentInput input, Instrument current, List<Violation> alsoWrong, Caller caller) {
        if (input == null) {
            throw Problems.invalid("body", "an instrument is required");
        }
        List<Violation> wrong = new ArrayList<>(alsoWrong);
        String iso3 = input.country() != null && input.country().matches("[A-Za-z]{3}") ? input.country().toUpperCase(Locale.ROOT) : null;
        if (current != null) {
            identity(input, current, iso3, wrong);
        } else if (iso3 != null) {
            if (countries.findByIdOptional(iso3).isEmpty()) {
                wrong.add(Violation.body("country", "unknown country " + iso3));
            } else if (!caller.writesFor(iso3)) {
                throw Problems.forbidden("A focal point of " + caller.country() + " cannot write instruments of " + iso3);
            }
        }
        if (input.plan() != null && input.plan().successorId() != null) {
            Long successorId = input.plan().successorId();
            String problem = SuccessorRule.problem(current == null ? null : current.id, current == null ? iso3 : current.country,
                    successorId, instruments.findByIdOptional(successorId).orElse(null));
            if (problem != null) {
                wrong.add(Violation.body(SuccessorRule.FIELD, problem));
            }
        }
        wrong.addAll(rules.violations(input));
        if (!wrong.isEmpty()) {
            wrong.sort(Comparator.comparing(Violation::field));
            throw Problems.invalid(wrong);
        }
    }

    /** An instrument keeps its country and kind for life. */
    static void identity(InstrumentInput input, Instrument current, String iso3, List<Violation> wrong) {
        if (iso3 != null && !iso3.equals(current.country)) {
            wrong.add(Violation.body("country", "cannot change: instrument " + current.id + " is of " + current.country));
        }
        if (input.kind() != null && input.kind() != current.kind) {
            wrong.add(Violation.body("kind", "cannot change: instrument " + current.id + " is a " + current.kind));
        }
    }
}
