package org.oas.tip.analytics.indicator;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/** The figures a cycle's published report prints and its self-contradictions ({@code indicators/reference-CYCLE.json}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReferenceSet(String cycle, String source, List<PrintedFigure> figures, List<Contradiction> contradictions) {

    public ReferenceSet {
        figures = figures == null ? List.of() : List.copyOf(figures);
        contradictions = contradictions == null ? List.of() : List.copyOf(contradictions);
    }

    /** The reference of a cycle, if a report was published for it (only 2015-2018 so far). */
    public static Optional<ReferenceSet> of(String cycle) {
        String resource = "/indicators/reference-" + cycle + ".json";
        InputStream in = ReferenceSet.class.getResourceAsStream(resource);
        if (in == null) {
            return Optional.empty();
        }
        try (in) {
            return Optional.of(new ObjectMapper().readValue(in, ReferenceSet.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
