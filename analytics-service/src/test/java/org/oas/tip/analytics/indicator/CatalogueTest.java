package org.oas.tip.analytics.indicator;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The catalogue as shipped: complete definitions in section order, each explained in INDICATORS.md. */
class CatalogueTest {

    private static final List<IndicatorDefinition> ALL = Catalogue.standard().all();

    @Test
    void fiftyIndicatorsCoverSectionsAToGInOrder() {
        assertEquals(50, ALL.size());
        assertEquals(List.of("A", "B", "C", "D", "E", "F", "G"),
                ALL.stream().map(IndicatorDefinition::section).distinct().toList());
        Set<String> codes = new HashSet<>();
        ALL.forEach(d -> assertTrue(codes.add(d.code()), d.code()));
    }

    @Test
    void everyDefinitionSaysWhatItCountsAndFromWhere() {
        for (IndicatorDefinition d : ALL) {
            for (String text : List.of(d.title(), d.definition(), d.numerator(), d.denominator(), d.unit())) {
                assertFalse(text == null || text.isBlank(), d.code());
            }
            assertFalse(d.sources().isEmpty(), d.code());
        }
    }

    @Test
    void everyIndicatorIsExplainedInIndicatorsMd() throws IOException {
        String doc = Files.readString(Path.of("INDICATORS.md"), StandardCharsets.UTF_8);
        for (IndicatorDefinition d : ALL) {
            assertTrue(doc.contains("`" + d.code() + "`"), d.code() + " is not in INDICATORS.md");
        }
    }

    @Test
    void aSourceMustNameTheRegistryOrTheQuestionnaire() {
        assertThrows(IllegalArgumentException.class, () -> read("\"sources\":[\"database: instrument\"]", "A.x", "A"));
    }

    @Test
    void aCodeMustStartWithItsSectionAndBeUnique() {
        assertThrows(IllegalArgumentException.class, () -> read("\"sources\":[\"registry: LAW\"]", "B.x", "A"));
        String one = definition("A.x", "A", "\"sources\":[\"registry: LAW\"]");
        assertThrows(IllegalArgumentException.class, () -> Catalogue.read(stream("{\"indicators\":[" + one + "," + one + "]}")));
    }

    private static Catalogue read(String sources, String code, String section) {
        return Catalogue.read(stream("{\"indicators\":[" + definition(code, section, sources) + "]}"));
    }

    private static String definition(String code, String section, String sources) {
        return "{\"code\":\"" + code + "\",\"section\":\"" + section + "\",\"title\":\"t\",\"definition\":\"d\","
                + "\"numerator\":\"n\",\"denominator\":\"d\",\"unit\":\"countries\"," + sources + ",\"chart\":\"PIE\"}";
    }

    private static ByteArrayInputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
