package org.oas.tip.analytics.indicator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Section F, information systems: the four models and, in the fourth, whether trafficking is reported separately. */
final class SectionFIndicators {

    private SectionFIndicators() {
    }

    static Map<String, Calculator> calculators() {
        Map<String, Calculator> c = new LinkedHashMap<>();
        c.put("F.system_model", d -> Outcome.distribution(d.respondents(), Tally.categories(
                "1", "Model 1: one trafficking system fed by several institutions",
                "2", "Model 2: each institution its own trafficking system",
                "3", "Model 3: the national authority compiles the data",
                "4", "Model 4: the general crime-statistics system"), models(d), "Not classified"));
        c.put("F.tip_statistics", SectionFIndicators::tipStatistics);
        return c;
    }

    /** The registry's systems and the coded answers together: a country can be in two models (Uruguay, L1092). */
    private static CountryFacts models(SnapshotData d) {
        return CountryFacts.fromInstruments(d.instruments("INFORMATION_SYSTEM"), i -> i.informationSystem() == null
                        || i.informationSystem().model() == null ? null : String.valueOf(i.informationSystem().model()))
                .and(CountryFacts.fromAnswers(d.answers("F.systems.model"), Values::text));
    }

    /** Over the countries in model 4 (and any other that answered): the two sub-groups of L1182. */
    private static Outcome tipStatistics(SnapshotData d) {
        CountryFacts facts = CountryFacts.fromAnswers(d.answers("F.tip_statistics_differentiated"),
                v -> Values.yesNo(Values.bool(v))).within(d.respondents());
        Set<String> base = new TreeSet<>(models(d).within(d.respondents()).countriesWith("4"));
        base.addAll(facts.countries());
        return Outcome.share(base, Tally.categories("YES", "Trafficking reported separately",
                "NO", "Trafficking not differentiated"), facts, "Not known", "YES");
    }
}
