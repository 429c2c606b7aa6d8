package org.oas.tip.analytics.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who answered the two cycles compared: a country that answered only one of them neither enters nor leaves a category
 * (it did not report, which is not a change), so the countries listed in a bucket's change answered both.
 */
@Schema(name = "ProgressRespondents", description = "The countries that answered both cycles compared, and those that "
        + "answered only one; only the first move between categories")
public record Respondents(List<String> both, List<String> onlyBefore, List<String> onlyAfter) {

    public Respondents {
        both = List.copyOf(both);
        onlyBefore = List.copyOf(onlyBefore);
        onlyAfter = List.copyOf(onlyAfter);
    }

    public static Respondents of(Collection<String> before, Collection<String> after) {
        Set<String> both = new TreeSet<>(before);
        both.retainAll(after);
        Set<String> onlyBefore = new TreeSet<>(before);
        onlyBefore.removeAll(after);
        Set<String> onlyAfter = new TreeSet<>(after);
        onlyAfter.removeAll(before);
        return new Respondents(List.copyOf(both), List.copyOf(onlyBefore), List.copyOf(onlyAfter));
    }
}
