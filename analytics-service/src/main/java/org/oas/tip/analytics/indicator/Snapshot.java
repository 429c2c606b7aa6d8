package org.oas.tip.analytics.indicator;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The frozen input of one computation: a cycle's registry instruments and coded answers as pulled from the two services,
 * the countries whose assignment was ACCEPTED (the respondents) and the country names.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Snapshot(
        String cycle,
        Instant takenAt,
        List<InstrumentRecord> instruments,
        List<CodedAnswerRecord> codedAnswers,
        List<String> respondents,
        Map<String, String> countryNames) {

    public Snapshot {
        // copies, so that a snapshot cannot change under a computation or between two of them
        instruments = instruments == null ? List.of() : List.copyOf(instruments);
        codedAnswers = codedAnswers == null ? List.of() : List.copyOf(codedAnswers);
        respondents = respondents == null ? List.of() : List.copyOf(respondents);
        countryNames = countryNames == null ? Map.of() : Map.copyOf(countryNames);
    }
}
