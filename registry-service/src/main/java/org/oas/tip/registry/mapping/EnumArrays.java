package org.oas.tip.registry.mapping;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** Enum sets as the text arrays PostgreSQL stores them in (sorted, so equal sets compare equal). */
final class EnumArrays {

    private EnumArrays() {
    }

    static <E extends Enum<E>> Set<E> toSet(String[] values, Class<E> type) {
        if (values == null) {
            return null;
        }
        EnumSet<E> set = EnumSet.noneOf(type);
        Arrays.stream(values).map(v -> Enum.valueOf(type, v)).forEach(set::add);
        return set;
    }

    /**
     * The set in the enum's declaration order, whatever set it came in (Jackson reads a JSON array into a HashSet, whose
     * order of enums changes from one run to the next), so a stored version reads back the same every time; a set with a
     * null stays as it is, for validation to name.
     */
    static <E extends Enum<E>> Set<E> ordered(Set<E> values, Class<E> type) {
        if (values == null) {
            return null;
        }
        EnumSet<E> set = EnumSet.noneOf(type);
        for (E value : values) {
            if (value == null) {
                return values;
            }
            set.add(value);
        }
        return set;
    }

    static String[] toArray(Set<? extends Enum<?>> values) {
        return values == null || values.isEmpty() ? null : values.stream().map(Enum::name).sorted().toArray(String[]::new);
    }
}
