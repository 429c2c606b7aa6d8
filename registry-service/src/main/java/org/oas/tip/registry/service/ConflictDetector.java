package org.oas.tip.registry.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.oas.tip.registry.InstrumentStatus;
import org.oas.tip.registry.InstrumentVersion;
import org.oas.tip.registry.mapping.InstrumentMapper;
import org.oas.tip.registry.mapping.PublicationRequest.Action;
import org.oas.tip.registry.mapping.PublicationResult.FieldConflict;
import org.oas.tip.registry.repository.InstrumentVersionRepository;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * ODK Central's baseVersion model: an entry made on an older revision than the current one, when something other
 * than this cycle's own publications changed the instrument since, is compared field by field with those changes.
 * Where both changed a field to different values it is a conflict; where only the registry changed it, the
 * registry's value stays (the field is dropped from the entry's changes).
 */
@ApplicationScoped
class ConflictDetector {

    private final InstrumentVersionRepository versions;
    private final ObjectMapper json;

    ConflictDetector(InstrumentVersionRepository versions, ObjectMapper json) {
        this.versions = versions;
        this.json = json;
    }

    void detect(List<PlannedEntry> plans, String cycle) {
        List<PlannedEntry> behind = plans.stream().filter(p -> p.target != null && p.entry.baseRevision() != null
                && p.entry.baseRevision() < p.target.revision
                && (p.action() == Action.UPDATE || p.action() == Action.END || p.action() == Action.WITHDRAW)).toList();
        if (behind.isEmpty()) {
            return;
        }
        Map<Long, List<InstrumentVersion>> byInstrument = versions.ofInstruments(behind.stream().map(p -> p.target.id).toList())
                .stream().collect(Collectors.groupingBy(v -> v.instrumentId));
        for (PlannedEntry p : behind) {
            List<InstrumentVersion> history = byInstrument.getOrDefault(p.target.id, List.of());
            int base = p.entry.baseRevision();
            boolean foreign = history.stream().anyMatch(v -> v.revision > base && !(cycle.equals(v.cycle)
                    && (v.origin == InstrumentVersion.Origin.CYCLE || v.origin == InstrumentVersion.Origin.AMENDMENT)));
            InstrumentVersion seen = history.stream().filter(v -> v.revision == base).findFirst().orElse(null);
            if (foreign && seen != null) {
                compare(p, read(seen.data), json.valueToTree(InstrumentMapper.toView(p.target)));
            }
        }
    }

    private void compare(PlannedEntry p, JsonNode base, JsonNode now) {
        JsonNode country = countryValues(p);
        ObjectNode changes = p.action() == Action.UPDATE ? ((ObjectNode) p.changes).deepCopy() : null;
        List<FieldConflict> conflicts = new ArrayList<>();
        for (String path : MergePatch.leaves(country)) {
            JsonNode b = MergePatch.at(base, path);
            JsonNode r = MergePatch.at(now, path);
            JsonNode c = MergePatch.at(country, path);
            boolean registryChanged = !MergePatch.same(b, r);
            boolean countryChanged = !MergePatch.same(b, c);
            if (registryChanged && countryChanged && !MergePatch.same(c, r)) {
                conflicts.add(new FieldConflict(path, b, c, r));
            } else if (registryChanged && !countryChanged && changes != null) {
                MergePatch.remove(changes, path);
            }
        }
        p.conflicts = conflicts;
        if (changes != null) {
            p.changes = changes;
        }
    }

    /** The fields an entry sets: its changes, or the status fields of an end or a withdrawal. */
    private JsonNode countryValues(PlannedEntry p) {
        if (p.action() == Action.UPDATE) {
            return p.changes;
        }
        ObjectNode status = json.createObjectNode();
        if (p.action() == Action.END) {
            status.put("status", p.entry.status().name());
            status.put("statusDate", p.entry.statusDate().toString());
        } else {
            status.put("status", InstrumentStatus.WITHDRAWN.name());
        }
        return status;
    }

    private JsonNode read(String data) {
        try {
            return json.readTree(data);
        } catch (IOException e) {
            throw new IllegalStateException("a stored version is not readable JSON", e);
        }
    }
}
