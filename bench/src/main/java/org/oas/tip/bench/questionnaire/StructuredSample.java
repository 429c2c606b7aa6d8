package org.oas.tip.bench.questionnaire;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.oas.tip.bench.Json;

/** A complete valid submission of oas-tip-structured v1: the questionnaire service's test sample (definition/StructuredSample). */
public final class StructuredSample {

    private static final Path FILE = Path.of("questionnaire-service/src/test/resources/structured-sample.json");
    private static final String TEXT = read();

    private StructuredSample() {
    }

    private static String read() {
        try {
            return Files.readString(FILE);
        } catch (IOException e) {
            throw new UncheckedIOException("run from the repository root: " + e.getMessage(), e);
        }
    }

    public static String text() {
        return TEXT;
    }

    /** A fresh copy of the sample's answers. */
    public static ObjectNode answers() {
        return (ObjectNode) Json.tree(TEXT);
    }

    /** The sample with {@code extra} more E.channels entries: dedicated lines with distinct valid phone numbers. */
    public static String withChannels(int countryIndex, int extra) {
        ObjectNode doc = answers();
        ArrayNode channels = (ArrayNode) doc.path("E").path("E.channels");
        for (int i = 1; i <= extra; i++) {
            channels.addObject()
                    .put("E.channels.title", "Bench line " + i)
                    .put("E.channels.type", "DEDICATED_TIP_LINE")
                    .put("E.channels.contact", String.format("+1 (8%02d) 555-%04d", countryIndex % 100, i))
                    .put("E.channels.institution", "Ministerio de Seguridad");
        }
        return Json.write(doc);
    }
}
