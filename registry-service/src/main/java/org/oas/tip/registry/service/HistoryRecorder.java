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
        record(action, caller, after.id(), before, after);
    }

    /** An entry whose before and after are not the instrument (a cycle's record of it, see the action). */
    public void record(InstrumentChange.Action action, Caller caller, long instrumentId, Object before, Object after) {
        InstrumentChange change = new InstrumentChange();
        change.instrumentId = instrumentId;
        change.changedAt = OffsetDateTime.now();
        change.action = action;
        change.subject = caller.subject();
        change.client = caller.client();
        change.actorCountry = caller.country();
        change.before = before == null ? null : write(before);
        change.after = write(after);
        changes.persist(change);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a history entry could not be written as JSON", e);
        }
    }
}
