package org.oas.tip.analytics.indicator;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** Places where the report disagrees with itself (summary, section text, appendix), with their line numbers. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Contradiction(String topic, List<String> codes, List<Statement> statements, String note) {

    /** What one place of the report says. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Statement(String line, String place, String says, String quote) {
    }

    public Contradiction {
        codes = codes == null ? List.of() : List.copyOf(codes);
        statements = statements == null ? List.of() : List.copyOf(statements);
    }
}
