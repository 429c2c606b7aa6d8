package org.oas.tip.registry.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.oas.tip.registry.mapping.CycleEntry;
import org.oas.tip.registry.mapping.CycleView;
import org.oas.tip.registry.mapping.InstrumentView;
import org.oas.tip.registry.mapping.ViewShape;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

/**
 * Renders a stored version once, as the API writes its {@link InstrumentView} (the service's own ObjectMapper), so that a
 * version read writes it without parsing and serializing it again: at read time only the instrument's cycles are spliced
 * into the empty provenance.cycles and its cycle entry appended (the view's last property, so the order is kept).
 */
@ApplicationScoped
public class VersionRenderer {

    private static final Logger LOG = Logger.getLogger(VersionRenderer.class);
    private static final String EMPTY = "[]";
    private static final String ENTRY = ",\"cycleEntry\":";

    /**
     * A stored version's rendering: {@code text} null when it cannot be rendered (the version is then always read from its
     * data); {@code cyclesAt} where its empty provenance.cycles ({@code []}) starts, null when it has no provenance.
     */
    public record Rendering(String text, Integer cyclesAt, int shape) {
    }

    private final ObjectMapper json;
    private final ObjectWriter cycles;
    private final ObjectWriter entry;

    public VersionRenderer(ObjectMapper json) {
        this.json = json;
        this.cycles = json.writerFor(new TypeReference<List<CycleView>>() { });
        this.entry = json.writerFor(CycleEntry.class);
    }

    /** The rendering of a stored version (instrument_version.data), with this build's view shape. */
    public Rendering render(String data) {
        try {
            InstrumentView view = json.readValue(data, InstrumentView.class);
            if (view.cycleEntry() != null) {
                return unrenderable(); // not written by the registry; a read replaces the entry, left to the view's path
            }
            String text = json.writeValueAsString(view.withCycles(List.of()));
            if (view.provenance() == null) {
                return new Rendering(text, null, ViewShape.CURRENT);
            }
            // where the cycles go: found by a cycle no stored text can contain, then checked against the empty rendering
            List<CycleView> sentinel = List.of(new CycleView(UUID.randomUUID().toString(), null, null, null, 0, null));
            String marker = cycles.writeValueAsString(sentinel);
            String marked = json.writeValueAsString(view.withCycles(sentinel));
            int at = marked.indexOf(marker);
            if (at < 0 || marked.indexOf(marker, at + 1) >= 0
                    || !text.equals(marked.substring(0, at) + EMPTY + marked.substring(at + marker.length()))) {
                return unrenderable();
            }
            return new Rendering(text, at, ViewShape.CURRENT);
        } catch (IOException | RuntimeException e) {
            LOG.warnf("a stored instrument version could not be rendered (%s); it is read from its data", e.toString());
            return unrenderable();
        }
    }

    private static Rendering unrenderable() {
        return new Rendering(null, null, ViewShape.CURRENT);
    }

    /**
     * One item of a version read from a rendering: the text of {@code view.withCycles(cycles).withCycleEntry(entry)} as the
     * API writes it.
     *
     * @param entry null outside a cycle read
     */
    public String item(String rendered, Integer cyclesAt, List<CycleView> cycleViews, CycleEntry cycleEntry) {
        try {
            StringBuilder out = new StringBuilder(rendered.length() + 200 * (cycleViews.size() + 1));
            if (cyclesAt == null) {
                out.append(rendered);
            } else {
                out.append(rendered, 0, cyclesAt).append(cycleViews.isEmpty() ? EMPTY : cycles.writeValueAsString(cycleViews))
                        .append(rendered, cyclesAt + EMPTY.length(), rendered.length());
            }
            if (cycleEntry != null) {
                out.setLength(out.length() - 1);
                out.append(ENTRY).append(entry.writeValueAsString(cycleEntry)).append('}');
            }
            return out.toString();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a cycle of an instrument could not be written as JSON", e);
        }
    }

    /** The text of a view as the API writes it (a version read's item without a rendering). */
    public String write(InstrumentView view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an instrument view could not be written as JSON", e);
        }
    }
}
