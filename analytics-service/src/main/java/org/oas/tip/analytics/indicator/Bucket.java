package org.oas.tip.analytics.indicator;

import java.util.List;

/**
 * One category of a result with what lies behind it: {@code recordIds} are registry instrument ids, {@code answerIds}
 * questionnaire coded-answer ids (kept apart because the two services number their rows independently) and
 * {@code answerRefs} the respondents' raw answers, each as {@code COUNTRY#/json/pointer} into that country's answers of
 * the cycle (results stored before raw answers were read have none).
 */
public record Bucket(String key, String label, int count, Double percentage, List<String> countries, List<Long> recordIds,
                     List<Long> answerIds, List<String> answerRefs) {

    public Bucket {
        countries = List.copyOf(countries);
        recordIds = List.copyOf(recordIds);
        answerIds = List.copyOf(answerIds);
        answerRefs = answerRefs == null ? List.of() : List.copyOf(answerRefs);
    }

    /** A bucket without raw answers behind it. */
    public Bucket(String key, String label, int count, Double percentage, List<String> countries, List<Long> recordIds,
                  List<Long> answerIds) {
        this(key, label, count, percentage, countries, recordIds, answerIds, List.of());
    }
}
