package org.oas.tip.questionnaire.definition;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.oas.tip.questionnaire.definition.Json.resource;

class CompletenessTest {

    @Test
    void the2016QuestionnaireIsInEnglishAndSpanishWithFrenchAndPortugueseTitlesOnly() {
        Map<String, Completeness.LanguageCompleteness> completeness = Completeness.of(Json.of2016());

        assertEquals(List.of("en", "es", "fr", "pt"), List.copyOf(completeness.keySet()));
        assertEquals(new Completeness.LanguageCompleteness(53, 53, 100.0, List.of()), completeness.get("en"));
        assertEquals(new Completeness.LanguageCompleteness(53, 53, 100.0, List.of()), completeness.get("es"));
        // the title and the 8 section titles of 46 items; 46 item texts + 6 options + the title = 53 texts
        assertEquals(9, completeness.get("fr").translated());
        assertEquals(17.0, completeness.get("fr").percent());
        assertEquals(38, completeness.get("fr").missingLinkIds().size());
        assertEquals(completeness.get("fr"), completeness.get("pt"));
    }

    @Test
    void theStructuredQuestionnaireHasFrenchAndPortugueseForSectionTitlesAndMostStatistics() {
        Map<String, Completeness.LanguageCompleteness> completeness = Completeness.of(Json.structured());

        // 620 texts as authored, plus the HYBRID option added to A.other_bodies.model (English and Spanish only)
        assertEquals(new Completeness.LanguageCompleteness(621, 621, 100.0, List.of()), completeness.get("en"));
        assertEquals(100.0, completeness.get("es").percent());
        Completeness.LanguageCompleteness french = completeness.get("fr");
        assertEquals(621, french.texts());
        assertEquals(156, french.translated());
        assertEquals(25.1, french.percent());
        assertEquals(228, french.missingLinkIds().size());
        assertEquals("intro.focal_point_name", french.missingLinkIds().get(0));
        // the notes say the whole stats section is translated, but these two items are not
        assertEquals(List.of("stats.victims_source", "stats.victim_profile.category"),
                french.missingLinkIds().stream().filter(id -> id.startsWith("stats")).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/baseline/questionnaire-2016.json", "/baseline/questionnaire-structured.json"})
    void countsAgreeWithTheTextsOfTheFile(String path) {
        JsonNode raw = resource(path);
        Map<String, Completeness.LanguageCompleteness> completeness = Completeness.of(Json.definition(raw));

        for (String language : Texts.LANGUAGES) {
            int[] counts = {1, raw.path("title").hasNonNull(language) ? 1 : 0};
            raw.path("items").forEach(item -> count(item, language, counts));
            Completeness.LanguageCompleteness result = completeness.get(language);
            assertEquals(counts[0], result.texts(), language);
            assertEquals(counts[1], result.translated(), language);
            assertEquals(Math.round(counts[1] * 1000.0 / counts[0]) / 10.0, result.percent(), language);
        }
    }

    private static void count(JsonNode item, String language, int[] counts) {
        counts[0]++;
        counts[1] += item.path("text").hasNonNull(language) ? 1 : 0;
        for (JsonNode option : item.path("answerOptions")) {
            counts[0]++;
            counts[1] += option.path("display").hasNonNull(language) ? 1 : 0;
        }
        item.path("items").forEach(child -> count(child, language, counts));
    }

    @Test
    void missingTextsAreNamedByLinkIdOncePerItem() {
        Definition definition = Json.items("""
                [{'linkId': 'Q', 'type': 'choice', 'text': {'en': 'Q', 'fr': 'Q'}, 'answerOptions': [
                    {'code': 'A', 'display': {'en': 'A'}}, {'code': 'B', 'display': {'en': 'B'}}]},
                 {'linkId': 'R', 'type': 'boolean', 'text': {'en': 'R', 'fr': ' '}}]""");

        Completeness.LanguageCompleteness french = Completeness.of(definition).get("fr");

        assertEquals(new Completeness.LanguageCompleteness(5, 1, 20.0, List.of(Completeness.TITLE, "Q", "R")), french);
    }
}
