package org.oas.tip.analytics.indicator;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The indicators the service computes, in the report's order, as kept in {@code indicators/catalogue.json}. */
public final class Catalogue {

    static final String RESOURCE = "/indicators/catalogue.json";

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record File(List<IndicatorDefinition> indicators) {
    }

    private static final class Standard {
        static final Catalogue INSTANCE = read(Catalogue.class.getResourceAsStream(RESOURCE));
    }

    private final Map<String, IndicatorDefinition> byCode = new LinkedHashMap<>();

    private Catalogue(List<IndicatorDefinition> definitions) {
        for (IndicatorDefinition d : definitions) {
            check(d);
            if (byCode.put(d.code(), d) != null) {
                throw new IllegalArgumentException("duplicate indicator code " + d.code());
            }
        }
    }

    /** The catalogue shipped with the service. */
    public static Catalogue standard() {
        return Standard.INSTANCE;
    }

    static Catalogue read(InputStream in) {
        Objects.requireNonNull(in, RESOURCE + " is missing");
        try (in) {
            return new Catalogue(new ObjectMapper().readValue(in, File.class).indicators());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** A definition the engine could not honour is a packaging error, so it fails at load rather than at compute. */
    private static void check(IndicatorDefinition d) {
        if (d.code() == null || d.section() == null || !d.code().startsWith(d.section() + ".")
                || !d.section().matches("[A-G]") || d.chart() == null || d.sources().isEmpty()) {
            throw new IllegalArgumentException("incomplete indicator definition " + d.code());
        }
        for (String source : d.sources()) {
            if (!source.startsWith("registry: ") && !source.startsWith("questionnaire: ")) {
                throw new IllegalArgumentException(d.code() + ": a source is \"registry: KIND field\" or"
                        + " \"questionnaire: linkId\", not \"" + source + "\"");
            }
        }
    }

    public List<IndicatorDefinition> all() {
        return List.copyOf(byCode.values());
    }

    public Optional<IndicatorDefinition> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }
}
