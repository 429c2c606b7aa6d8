package org.oas.tip.analytics.sdg;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.oas.tip.analytics.sdg.SdgCodes.TOTAL;

/**
 * Hides small counts of an SDG 16.2.2 result before publication, and enough other cells that they cannot be worked out
 * by subtraction from the published totals.
 *
 * <p>Primary: every count with 0 &lt; count &lt; threshold, regional totals included. Secondary: every published value
 * T that has one or more of its dimensions at _T is the sum of the published cells that replace those _T dimensions by
 * specific codes (F + M + _O + _U = _T, the forms of a sex x age cell, all detailed cells of one form, ...), and a
 * regional total is the sum of the country totals of its year. A group whose values (total included) have exactly one
 * hidden is exposed; another of its non-zero cells is hidden (its total only if no cell is left) until no group is
 * exposed. Among the candidates of all exposed groups of a table the one closing the most of them goes first, then the
 * smallest, then the first listed: hiding the smallest cell group by group in listing order cascades (on the brief's
 * ARG 2017 example it hid 12 of 14 values instead of 6). This closes the one-unknown gap in every group; it is the
 * usual heuristic, not a full audit of linear combinations across groups.
 */
public final class Suppression {

    private Suppression() {
    }

    private record Key(String country, int year, String sex, String age, String form) {
        static Key of(Observation o) {
            return new Key(o.country(), o.year(), o.sex(), o.age(), o.exploitation());
        }
    }

    private record Group(int total, List<Integer> members) {
    }

    /** A copy of the result with small counts hidden; threshold &lt;= 1 hides nothing. The input is left as it is. */
    public static SdgResult suppress(SdgResult result, int threshold) {
        if (threshold <= 1) {
            return result;
        }
        List<Observation> obs = result.observations();
        boolean[] hidden = new boolean[obs.size()];
        int primary = 0;
        for (int i = 0; i < obs.size(); i++) {
            Observation o = obs.get(i);
            Long c = o.count();
            if (o.suppressed() || c == null) {
                hidden[i] = true;
            } else if (c > 0 && c < threshold) {
                hidden[i] = true;
                primary++;
            }
        }
        int secondary = 0;
        Collection<List<Group>> tables = groups(obs).values();
        // A regional group can hide a country total, which reopens that country's table, hence the outer loop.
        boolean changed = true;
        while (changed) {
            changed = false;
            for (List<Group> table : tables) {
                int more = protect(table, obs, hidden);
                secondary += more;
                changed |= more > 0;
            }
        }
        List<Observation> out = new ArrayList<>(obs.size());
        for (int i = 0; i < obs.size(); i++) {
            out.add(hidden[i] && !obs.get(i).suppressed() ? obs.get(i).hidden() : obs.get(i));
        }
        List<String> notes = new ArrayList<>(result.notes());
        notes.add("Suppressed for publication with threshold " + threshold + ": " + primary + " count(s) from 1 to "
                + (threshold - 1) + ", and " + secondary + " more so that they cannot be derived from the totals.");
        return new SdgResult(out, notes, result.countries());
    }

    /** Hides cells of one table until none of its groups has exactly one hidden value; returns how many. */
    private static int protect(List<Group> table, List<Observation> obs, boolean[] hidden) {
        int count = 0;
        while (true) {
            List<Group> exposed = table.stream().filter(g -> unknowns(g, hidden) == 1).toList();
            Set<Integer> candidates = new TreeSet<>();
            for (Group g : exposed) {
                List<Integer> members = g.members().stream()
                        .filter(m -> !hidden[m] && obs.get(m).count() > 0).toList();
                if (!members.isEmpty()) {
                    candidates.addAll(members);
                } else if (!hidden[g.total()] && obs.get(g.total()).count() > 0) {
                    candidates.add(g.total());
                }
            }
            int best = -1;
            int bestScore = 0;
            for (int c : candidates) {
                // A cell that closes several exposed groups at once (as member or as their total) saves hiding others.
                int score = (int) exposed.stream().filter(g -> g.total() == c || g.members().contains(c)).count();
                if (best < 0 || score > bestScore
                        || score == bestScore && obs.get(c).count() < obs.get(best).count()) {
                    best = c;
                    bestScore = score;
                }
            }
            if (best < 0) {
                return count;
            }
            hidden[best] = true;
            count++;
        }
    }

    private static int unknowns(Group g, boolean[] hidden) {
        int unknown = hidden[g.total()] ? 1 : 0;
        for (int m : g.members()) {
            unknown += hidden[m] ? 1 : 0;
        }
        return unknown;
    }

    /** The groups of each country-year's table, and one table per year for the region over the country totals. */
    private static Map<String, List<Group>> groups(List<Observation> obs) {
        Map<Key, Integer> index = new LinkedHashMap<>();
        Map<String, List<Integer>> byCountryYear = new LinkedHashMap<>();
        Map<Integer, List<Integer>> countryTotalsByYear = new LinkedHashMap<>();
        for (int i = 0; i < obs.size(); i++) {
            Observation o = obs.get(i);
            index.put(Key.of(o), i);
            byCountryYear.computeIfAbsent(o.country() + "|" + o.year(), k -> new ArrayList<>()).add(i);
            if (o.isGrandTotal() && !Sdg1622.REGION.equals(o.country())) {
                countryTotalsByYear.computeIfAbsent(o.year(), y -> new ArrayList<>()).add(i);
            }
        }
        Map<String, List<Group>> groups = new LinkedHashMap<>();
        for (int t = 0; t < obs.size(); t++) {
            Observation total = obs.get(t);
            boolean[] isTotal = {TOTAL.equals(total.sex()), TOTAL.equals(total.age()), TOTAL.equals(total.exploitation())};
            // Every non-empty subset of the total's _T dimensions, broken down, gives back the total.
            for (int subset = 1; subset < 8; subset++) {
                if (!within(subset, isTotal)) {
                    continue;
                }
                List<Integer> members = new ArrayList<>();
                for (int m : byCountryYear.get(total.country() + "|" + total.year())) {
                    if (m != t && matches(obs.get(m), total, subset)) {
                        members.add(m);
                    }
                }
                if (!members.isEmpty()) {
                    groups.computeIfAbsent(total.country() + "|" + total.year(), k -> new ArrayList<>())
                            .add(new Group(t, members));
                }
            }
        }
        for (Map.Entry<Integer, List<Integer>> e : countryTotalsByYear.entrySet()) {
            Integer region = index.get(new Key(Sdg1622.REGION, e.getKey(), TOTAL, TOTAL, TOTAL));
            if (region != null) {
                groups.computeIfAbsent("region|" + e.getKey(), k -> new ArrayList<>()).add(new Group(region, e.getValue()));
            }
        }
        return groups;
    }

    private static boolean within(int subset, boolean[] isTotal) {
        for (int d = 0; d < 3; d++) {
            if ((subset & (1 << d)) != 0 && !isTotal[d]) {
                return false;
            }
        }
        return true;
    }

    /** The member is specific on the subset's dimensions and equal to the total on the others. */
    private static boolean matches(Observation member, Observation total, int subset) {
        String[] m = {member.sex(), member.age(), member.exploitation()};
        String[] t = {total.sex(), total.age(), total.exploitation()};
        for (int d = 0; d < 3; d++) {
            boolean broken = (subset & (1 << d)) != 0;
            if (broken ? TOTAL.equals(m[d]) : !m[d].equals(t[d])) {
                return false;
            }
        }
        return true;
    }
}
