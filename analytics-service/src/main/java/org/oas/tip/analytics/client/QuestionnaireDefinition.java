package org.oas.tip.analytics.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;
import java.util.Set;

/** The part of a questionnaire version's definition this service reads: its items, nested, with their types. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record QuestionnaireDefinition(String code, String version, List<Item> items) {

    /** The item types whose answers count as they are; text-like items (string, text, url, phone) stay for coding. */
    static final Set<String> CLOSED = Set.of("boolean", "integer", "decimal", "date", "year", "choice", "open-choice");

    public QuestionnaireDefinition {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /**
     * One item; a group whose {@code instrumentKind} is set describes registry records (the registry's record is the
     * one source of those answers).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(String linkId, String type, Boolean repeats, List<Item> items, String instrumentKind,
                       String instrumentField) {

        public Item {
            items = items == null ? List.of() : List.copyOf(items);
        }

        boolean repeating() {
            return Boolean.TRUE.equals(repeats);
        }

        boolean group() {
            return "group".equals(type);
        }

        boolean closed() {
            return type != null && CLOSED.contains(type);
        }
    }
}
