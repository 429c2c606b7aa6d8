package org.oas.tip.analytics.sdg;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.oas.tip.analytics.sdg.SdgCodes.NATURE_ADJUSTED;
import static org.oas.tip.analytics.sdg.SdgCodes.NATURE_COUNTRY;
import static org.oas.tip.analytics.sdg.SdgCodes.TOTAL;

/**
 * Computes SDG indicator 16.2.2 (detected victims of trafficking in persons per 100,000 population, by sex, age and form
 * of exploitation) from the countries' {@code stats.detected_victims} entries and the secretariat's population figures.
 *
 * <p>For every country-year it publishes the total, the totals by sex, by age, by form and by sex x age, and the
 * detailed cells; sex by form and age by form alone are not published. Series and code mapping: see {@link SdgCodes}.
 * The regional total per year has country {@value #REGION} (no SDG area code: it stays out of the SDMX export): the sum over the member states that reported that year,
 * its rate taken only over those that have a population figure (numerator and denominator alike, so a country without
 * population cannot inflate the rate).
 */
public final class Sdg1622 {

    /** Country code of the regional aggregate (all reporting OAS member states). */
    public static final String REGION = "OAS";

    private Sdg1622() {
    }

    private record Cell(String country, int year, String sex, String age, String form) {
    }

    private record CountryYear(String country, int year) implements Comparable<CountryYear> {
        @Override
        public int compareTo(CountryYear o) {
            int c = country.compareTo(o.country);
            return c != 0 ? c : Integer.compare(year, o.year);
        }

        @Override
        public String toString() {
            return country + " " + year;
        }
    }

    private static final class Sum {
        long count;
        final TreeSet<Integer> entries = new TreeSet<>();
    }

    public static SdgResult compute(List<VictimCount> counts, List<Population> populations) {
        List<String> notes = new ArrayList<>();
        Map<CountryYear, Long> pop = populations(populations == null ? List.of() : populations, notes);
        Map<Cell, Sum> cells = new HashMap<>();
        for (VictimCount vc : counts == null ? List.<VictimCount>of() : counts) {
            String problem = problem(vc);
            if (problem != null) {
                notes.add("Entry " + (vc == null ? "?" : vc.country() + " " + vc.year() + " #" + vc.entry())
                        + " left out: " + problem + ".");
                continue;
            }
            add(cells, vc);
        }

        List<Observation> observations = new ArrayList<>();
        TreeSet<CountryYear> reported = new TreeSet<>();
        for (Map.Entry<Cell, Sum> e : cells.entrySet()) {
            Cell c = e.getKey();
            CountryYear cy = new CountryYear(c.country(), c.year());
            reported.add(cy);
            observations.add(observation(c.country(), c.year(), c.sex(), c.age(), c.form(), e.getValue().count,
                    pop.get(cy), List.copyOf(e.getValue().entries), null));
        }
        List<CountryYear> withoutPopulation = reported.stream().filter(cy -> !pop.containsKey(cy)).toList();
        if (!withoutPopulation.isEmpty()) {
            notes.add("No population figure for " + join(withoutPopulation) + ": their rates are left empty.");
        }
        regional(observations, notes);
        observations.sort(SdgCodes.ORDER);
        List<String> countries = reported.stream().map(CountryYear::country).distinct().toList();
        return new SdgResult(observations, notes, countries);
    }

    /** Rate per 100,000 rounded to 3 decimals HALF_UP, or null without a usable population. */
    public static Double rate(long count, Long population) {
        if (population == null || population <= 0) {
            return null;
        }
        return BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(100_000))
                .divide(BigDecimal.valueOf(population), 3, RoundingMode.HALF_UP).doubleValue();
    }

    private static Observation observation(String country, int year, String sex, String age, String form, long count,
                                           Long population, List<Integer> entries, String comment) {
        Double rate = rate(count, population);
        return new Observation(SdgCodes.series(form), country, year, sex, age, form, count, NATURE_COUNTRY, rate,
                rate == null ? null : NATURE_ADJUSTED, population, false, entries, comment);
    }

    // Each entry feeds every published cell it belongs to, so all totals come from the same rows and stay additive.
    private static void add(Map<Cell, Sum> cells, VictimCount vc) {
        String sex = SdgCodes.SEX.get(vc.sex());
        String age = SdgCodes.AGE.get(vc.ageGroup());
        for (String s : new String[] {sex, TOTAL}) {
            for (String a : new String[] {age, TOTAL}) {
                for (String f : new String[] {vc.exploitation(), TOTAL}) {
                    if (published(s, a, f)) {
                        Sum sum = cells.computeIfAbsent(new Cell(vc.country(), vc.year(), s, a, f), k -> new Sum());
                        sum.count += vc.count();
                        sum.entries.add(vc.entry());
                    }
                }
            }
        }
    }

    /** Sex by form and age by form alone are not part of the output; everything else is. */
    static boolean published(String sex, String age, String form) {
        return TOTAL.equals(form) || TOTAL.equals(sex) == TOTAL.equals(age);
    }

    private static String problem(VictimCount vc) {
        if (vc == null || vc.country() == null || vc.country().isBlank()) {
            return "no country";
        }
        if (!SdgCodes.SEX.containsKey(vc.sex())) {
            return "unknown sex '" + vc.sex() + "'";
        }
        if (!SdgCodes.AGE.containsKey(vc.ageGroup())) {
            return "unknown age group '" + vc.ageGroup() + "'";
        }
        if (!SdgCodes.FORMS.contains(vc.exploitation())) {
            return "unknown form of exploitation '" + vc.exploitation() + "'";
        }
        return vc.count() < 0 ? "negative count " + vc.count() : null;
    }

    private static Map<CountryYear, Long> populations(List<Population> populations, List<String> notes) {
        Map<CountryYear, Long> pop = new HashMap<>();
        TreeSet<CountryYear> conflicting = new TreeSet<>();
        for (Population p : populations) {
            if (p == null || p.population() <= 0) {
                continue;
            }
            CountryYear cy = new CountryYear(p.country(), p.year());
            Long before = pop.putIfAbsent(cy, p.population());
            if (before != null && before != p.population()) {
                conflicting.add(cy);
            }
        }
        if (!conflicting.isEmpty()) {
            // Two figures for one country-year is a loading error; keeping the first keeps the result reproducible.
            notes.add("Several population figures for " + join(conflicting) + ": the first one given is used.");
        }
        return pop;
    }

    private static void regional(List<Observation> observations, List<String> notes) {
        Map<Integer, List<Observation>> totalsByYear = new TreeMap<>();
        for (Observation o : observations) {
            if (o.isGrandTotal()) {
                totalsByYear.computeIfAbsent(o.year(), y -> new ArrayList<>()).add(o);
            }
        }
        for (Map.Entry<Integer, List<Observation>> e : totalsByYear.entrySet()) {
            int year = e.getKey();
            List<Observation> totals = e.getValue();
            long count = 0;
            long coveredCount = 0;
            long coveredPopulation = 0;
            List<String> missing = new ArrayList<>();
            for (Observation t : totals) {
                count += t.count();
                if (t.population() != null) {
                    coveredCount += t.count();
                    coveredPopulation += t.population();
                } else {
                    missing.add(t.country());
                }
            }
            Long population = coveredPopulation > 0 ? coveredPopulation : null;
            String comment = "Sum of " + totals.size() + " reporting member state(s)"
                    + (missing.isEmpty() ? "" : "; rate over the " + (totals.size() - missing.size())
                    + " with a population figure, without " + String.join(", ", missing));
            Double rate = rate(coveredCount, population);
            observations.add(new Observation(SdgCodes.SERIES_TOTAL, REGION, year, TOTAL, TOTAL, TOTAL, count, NATURE_COUNTRY,
                    rate, rate == null ? null : NATURE_ADJUSTED, population, false, List.of(), comment));
            if (!missing.isEmpty()) {
                notes.add(REGION + " " + year + ": regional rate over " + (totals.size() - missing.size()) + " of "
                        + totals.size() + " reporting countries; without population: " + String.join(", ", missing) + ".");
            }
        }
    }

    private static String join(Collection<CountryYear> cys) {
        return String.join(", ", cys.stream().map(CountryYear::toString).toList());
    }
}
