package org.oas.tip.registry.service;

import org.oas.tip.defaults.Caller;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.oas.tip.registry.InstrumentChange;
import org.oas.tip.registry.mapping.InstrumentView;
import org.oas.tip.registry.repository.InstrumentChangeRepository;

import java.time.OffsetDateTime;

/** Writes one history entry per change, in the transaction of the change. */
@ApplicationScoped
public class HistoryRecorder {

    private final InstrumentChangeRepository changes;
    private final ObjectMapper json;

    public HistoryRecorder(InstrumentChangeRepository changes, ObjectMapper json) {
        this.changes = changes;
        this.json = json;
    }

    public void record(InstrumentChange.Action action, Caller caller, InstrumentView before, InstrumentView after) {
        InstrumentChange change = new InstrumentChange();
        change.instrumentId = after.id();
        change.changedAt = OffsetDateTime.now();
        change.action = action;
        change.subject = caller.subject();
        change.client = caller.client();
        change.actorCountry = caller.country();
        change.before = before == null ? null : write(before);
        change.after = write(after);
        changes.persist(change);
    }

    private String write(InstrumentView view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an instrument view could not be written as JSON", e);
        }
    }
}
