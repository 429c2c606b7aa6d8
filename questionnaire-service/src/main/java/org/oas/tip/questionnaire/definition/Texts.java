package org.oas.tip.questionnaire.definition;

import java.util.List;

/** A text of a questionnaire in the four official languages of the OAS. */
public record Texts(String en, String es, String fr, String pt) {

    /** The languages in the order the secretariat lists them. */
    public static final List<String> LANGUAGES = List.of("en", "es", "fr", "pt");

    /** The text in {@code language}, or the English text when that language has none. */
    public String in(String language) {
        String text = exactly(language);
        return text == null ? en : text;
    }

    /** The text in {@code language} without falling back, or null when it is missing or blank. */
    public String exactly(String language) {
        String text = switch (language == null ? "en" : language) {
            case "es" -> es;
            case "fr" -> fr;
            case "pt" -> pt;
            default -> en;
        };
        return text == null || text.isBlank() ? null : text;
    }
}
