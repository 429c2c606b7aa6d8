package org.oas.tip.questionnaire.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/** The codebooks analysts code open answers against (baseline/codebooks.json; see QUESTIONNAIRE-NOTES.md). */
@ApplicationScoped
public class Codebooks {

    private final JsonNode codebooks;

    public Codebooks(ObjectMapper json) {
        try (InputStream in = Objects.requireNonNull(Codebooks.class.getResourceAsStream("/baseline/codebooks.json"), "codebooks.json")) {
            this.codebooks = json.readTree(in).path("codebooks");
        } catch (IOException e) {
            throw new UncheckedIOException("codebooks.json could not be read", e);
        }
    }

    public JsonNode all() {
        return codebooks;
    }
}
