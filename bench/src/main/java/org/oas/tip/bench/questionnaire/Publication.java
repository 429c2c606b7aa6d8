package org.oas.tip.bench.questionnaire;

import java.time.OffsetDateTime;
import java.util.List;

/** A response's publication to the registry, as the questionnaire service lists it (the fields the benchmarks read). */
public record Publication(long id, String key, String cycle, String country, String status, int attempts, String lastError,
                          OffsetDateTime createdAt, OffsetDateTime nextAttemptAt, OffsetDateTime deliveredAt,
                          List<Entry> entries) {

    public Publication {
        entries = entries == null ? List.of() : entries;
    }

    /** One instrument of the response: its group and position ({@code E.channels[3]}), and the registry's instrument. */
    public record Entry(String ref, String action, Long registryId, String outcome) {

        /** The registry's provenance key of the entry: question/position. */
        public String questionAndPosition() {
            int bracket = ref.lastIndexOf('[');
            return bracket < 0 ? ref : ref.substring(0, bracket) + "/" + ref.substring(bracket + 1, ref.length() - 1);
        }
    }

    public boolean is(String s) {
        return s.equals(status);
    }
}
