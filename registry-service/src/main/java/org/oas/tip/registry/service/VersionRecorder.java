package org.oas.tip.registry.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.oas.tip.defaults.Caller;
import org.oas.tip.registry.Instrument;
import org.oas.tip.registry.InstrumentVersion;
import org.oas.tip.registry.mapping.InstrumentView;
import org.oas.tip.registry.repository.InstrumentVersionRepository;

import java.time.OffsetDateTime;

/** Writes the content version an instrument's current revision is, and its rendering, in the transaction of the change. */
@ApplicationScoped
public class VersionRecorder {

    private final InstrumentVersionRepository versions;
    private final ObjectMapper json;
    private final VersionRenderer renderer;

    public VersionRecorder(InstrumentVersionRepository versions, ObjectMapper json, VersionRenderer renderer) {
        this.versions = versions;
        this.json = json;
        this.renderer = renderer;
    }

    /** @param view the instrument as the API shows it now, without its cycles */
    public InstrumentVersion record(Instrument instrument, InstrumentView view, VersionSource source, Caller caller) {
        InstrumentVersion v = new InstrumentVersion();
        v.instrumentId = instrument.id;
        v.revision = instrument.revision;
        v.validFrom = source.validFrom();
        v.recordedAt = instrument.updatedAt == null ? OffsetDateTime.now() : instrument.updatedAt;
        v.origin = source.origin();
        v.cycle = source.cycle();
        v.subject = caller.subject();
        v.client = caller.client();
        v.actorCountry = caller.country();
        try {
            v.data = json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an instrument view could not be written as JSON", e);
        }
        VersionRenderer.Rendering rendering = renderer.render(v.data);
        v.rendered = rendering.text();
        v.renderedCyclesAt = rendering.cyclesAt();
        v.renderedShape = rendering.shape();
        versions.persist(v);
        return v;
    }
}
