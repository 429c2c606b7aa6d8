package org.oas.tip.questionnaire.definition;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** How much of a definition is translated into each language, so translators know what is left. */
public final class Completeness {

    /** Stands for the definition's title in {@link LanguageCompleteness#missingLinkIds()}; no linkId can look like it. */
    public static final String TITLE = "(title)";

    /**
     * The translation state of one language.
     *
     * @param texts          how many texts there are: the title, every item's text and every option's display
     * @param translated     how many of them have a non-blank text in this language
     * @param percent        translated / texts, in percent rounded to one decimal
     * @param missingLinkIds the items whose text or any option lacks this language, in document order
     */
    @Schema(name = "LanguageCompleteness", description = "How much of a version is translated into one language")
    public record LanguageCompleteness(int texts, int translated, double percent, List<String> missingLinkIds) {
        public LanguageCompleteness {
            missingLinkIds = List.copyOf(missingLinkIds);
        }
    }

    private Completeness() {
    }

    /** Completeness for en, es, fr and pt, in that order. */
    public static Map<String, LanguageCompleteness> of(Definition definition) {
        Map<String, LanguageCompleteness> result = new LinkedHashMap<>();
        for (String language : Texts.LANGUAGES) {
            result.put(language, of(definition, language));
        }
        return result;
    }

    private static LanguageCompleteness of(Definition definition, String language) {
        int texts = 1;
        int translated = has(definition.title(), language) ? 1 : 0;
        Set<String> missing = new LinkedHashSet<>();
        if (translated == 0) {
            missing.add(TITLE);
        }
        for (Item item : definition.allItems()) {
            List<Texts> itemTexts = new ArrayList<>();
            itemTexts.add(item.text());
            item.answerOptions().forEach(option -> itemTexts.add(option.display()));
            for (Texts text : itemTexts) {
                texts++;
                if (has(text, language)) {
                    translated++;
                } else {
                    missing.add(item.linkId());
                }
            }
        }
        double percent = Math.round(translated * 1000.0 / texts) / 10.0;
        return new LanguageCompleteness(texts, translated, percent, new ArrayList<>(missing));
    }

    private static boolean has(Texts texts, String language) {
        return texts != null && texts.exactly(language) != null;
    }
}
