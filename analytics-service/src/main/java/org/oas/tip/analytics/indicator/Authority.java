package org.oas.tip.analytics.indicator;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** The national authority of each country as sections A and G read it: the coded answer, else the registry's bodies. */
final class Authority {

    private Authority() {
    }

    /** SOLE, COLLEGIATE or HYBRID per country. */
    static CountryFacts models(SnapshotData d) {
        CountryFacts answered = CountryFacts.fromAnswers(d.answers("A.authority.model"), Values::text);
        CountryFacts registry = bodies(d, b -> b.model()).classify(Authority::combine);
        return answered.orElse(registry).within(d.respondents());
    }

    /** Sole and collegiate bodies in one country make a hybrid arrangement (Guatemala's SVET and CIT, A L290). */
    static String combine(Set<String> models) {
        if (models.contains("HYBRID") || models.contains("SOLE") && models.contains("COLLEGIATE")) {
            return "HYBRID";
        }
        return models.contains("COLLEGIATE") ? "COLLEGIATE" : models.iterator().next();
    }

    /** The respondents whose authority is an inter-agency body (collegiate or hybrid): section A.2's 29. */
    static Set<String> withBody(SnapshotData d) {
        CountryFacts models = models(d);
        Set<String> base = new TreeSet<>(models.countriesWith("COLLEGIATE"));
        base.addAll(models.countriesWith("HYBRID"));
        return base;
    }

    /** One value of the registry bodies per body, by country. */
    static CountryFacts bodies(SnapshotData d, Function<InstrumentRecord.Body, String> field) {
        return CountryFacts.fromInstruments(d.instruments("INTER_AGENCY_BODY"),
                i -> i.body() == null ? null : field.apply(i.body()));
    }

    /** A yes/no of the authority: the answer, else YES if any of the country's bodies says yes, NO if one says no. */
    static CountryFacts yesNo(SnapshotData d, String linkId, Function<InstrumentRecord.Body, Boolean> field) {
        CountryFacts answered = CountryFacts.fromAnswers(d.answers(linkId), v -> Values.yesNo(Values.bool(v)));
        CountryFacts registry = bodies(d, b -> Values.yesNo(field.apply(b))).preferring("YES");
        return answered.orElse(registry);
    }

    /** A code of the authority: the answer, else the values of the country's bodies. */
    static CountryFacts code(SnapshotData d, String linkId, Function<InstrumentRecord.Body, String> field) {
        return CountryFacts.fromAnswers(d.answers(linkId), Values::text).orElse(bodies(d, field));
    }
}
