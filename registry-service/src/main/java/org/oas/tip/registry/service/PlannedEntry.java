package org.oas.tip.registry.service;

import com.fasterxml.jackson.databind.JsonNode;
import org.oas.tip.registry.Instrument;
import org.oas.tip.registry.mapping.InstrumentInput;
import org.oas.tip.registry.mapping.PublicationRequest;
import org.oas.tip.registry.mapping.PublicationResult;

import java.util.List;

/** One entry of a publication on its way: the instrument it concerns, its resulting content, its conflicts. */
final class PlannedEntry {

    final int index;
    final PublicationRequest.Entry entry;
    /** The instrument the entry concerns; for a CREATE, the one an earlier publication of the same answer made (or null). */
    Instrument target;
    /** The instrument's content after the entry (CREATE, UPDATE, CONFIRM). */
    InstrumentInput result;
    /** UPDATE: the changes still to apply (those the country did not really make are dropped). */
    JsonNode changes;
    List<PublicationResult.FieldConflict> conflicts = List.of();

    PlannedEntry(int index, PublicationRequest.Entry entry) {
        this.index = index;
        this.entry = entry;
        this.changes = entry.changes();
    }

    String field(String name) {
        return "entries[" + index + "]." + name;
    }

    PublicationRequest.Action action() {
        return entry.action();
    }

    boolean conflicting() {
        return !conflicts.isEmpty();
    }
}
