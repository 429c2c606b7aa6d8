package org.oas.tip.analytics.indicator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Compares two computations (usually two cycles) indicator by indicator and bucket by bucket. */
public final class Progress {

    private Progress() {
    }

    /** One change per indicator, in the order of {@code after} and then the indicators only {@code before} has. */
    public static List<IndicatorChange> compare(List<IndicatorResult> before, List<IndicatorResult> after) {
        return compare(before, after, null);
    }

    /**
     * As above, the countries entering and leaving a bucket limited to {@code respondents}' countries that answered both
     * (null: no limit); counts and shares stay those of each side.
     */
    public static List<IndicatorChange> compare(List<IndicatorResult> before, List<IndicatorResult> after,
                                                Respondents respondents) {
        Map<String, IndicatorResult> old = index(before, IndicatorResult::code);
        Map<String, IndicatorResult> now = index(after, IndicatorResult::code);
        Set<String> codes = new LinkedHashSet<>(now.keySet());
        codes.addAll(old.keySet());
        List<IndicatorChange> changes = new ArrayList<>();
        for (String code : codes) {
            changes.add(change(code, old.get(code), now.get(code), respondents == null ? null : Set.copyOf(respondents.both())));
        }
        return changes;
    }

    private static IndicatorChange change(String code, IndicatorResult before, IndicatorResult after, Set<String> compared) {
        Integer valueBefore = before == null ? null : before.value();
        Integer valueAfter = after == null ? null : after.value();
        Integer delta = valueBefore == null || valueAfter == null ? null : valueAfter - valueBefore;
        Map<String, Bucket> old = index(before == null ? List.of() : before.buckets(), Bucket::key);
        Map<String, Bucket> now = index(after == null ? List.of() : after.buckets(), Bucket::key);
        Set<String> keys = new LinkedHashSet<>(now.keySet());
        keys.addAll(old.keySet());
        List<BucketChange> buckets = new ArrayList<>();
        for (String key : keys) {
            Bucket b = old.get(key);
            Bucket a = now.get(key);
            Set<String> in = new TreeSet<>(a == null ? List.of() : a.countries());
            Set<String> out = new TreeSet<>(b == null ? List.of() : b.countries());
            in.removeAll(b == null ? List.of() : b.countries());
            out.removeAll(a == null ? List.of() : a.countries());
            if (compared != null) {
                in.retainAll(compared);
                out.retainAll(compared);
            }
            int countBefore = b == null ? 0 : b.count();
            int countAfter = a == null ? 0 : a.count();
            buckets.add(new BucketChange(key, (a != null ? a : b).label(), countBefore, countAfter, countAfter - countBefore,
                    List.copyOf(in), List.copyOf(out), b == null ? null : b.percentage(), a == null ? null : a.percentage()));
        }
        return new IndicatorChange(code, valueBefore, valueAfter, delta, before == null ? null : before.percentage(),
                after == null ? null : after.percentage(), buckets, mean(before), mean(after));
    }

    private static Double mean(IndicatorResult r) {
        return r == null || r.stats() == null ? null : r.stats().mean();
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toMap(key, Function.identity(), (x, y) -> x, LinkedHashMap::new));
    }
}
