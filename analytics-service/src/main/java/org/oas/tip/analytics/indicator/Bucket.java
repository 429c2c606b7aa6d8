package org.oas.tip.analytics.indicator;

import java.util.List;

/**
 * One category of a result with what lies behind it: {@code recordIds} are registry instrument ids and {@code answerIds}
 * questionnaire coded-answer ids, kept apart because the two services number their rows independently.
 */
public record Bucket(String key, String label, int count, Double percentage, List<String> countries, List<Long> recordIds,
                     List<Long> answerIds) {

    public Bucket {
        countries = List.copyOf(countries);
        recordIds = List.copyOf(recordIds);
        answerIds = List.copyOf(answerIds);
    }
}
