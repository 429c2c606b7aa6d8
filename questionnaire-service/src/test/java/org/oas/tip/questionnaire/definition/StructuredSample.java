package org.oas.tip.questionnaire.definition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** A complete submission to the structured questionnaire, the smallest one that answers every required item. */
final class StructuredSample {

    static final String SUBMISSION = read();

    private StructuredSample() {
    }

    /** The sample lives in a file so the end-to-end benchmark (the bench module, bench/src/.../questionnaire/StructuredSample) sends the very same one. */
    private static String read() {
        try (InputStream in = Objects.requireNonNull(StructuredSample.class.getResourceAsStream("/structured-sample.json"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
