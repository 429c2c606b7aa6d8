package org.oas.tip.registry.service;

import org.oas.tip.defaults.CycleCodes;
import org.oas.tip.defaults.Violation;
import org.oas.tip.registry.InstrumentStatus;
import org.oas.tip.registry.mapping.PublicationRequest;
import org.oas.tip.registry.mapping.PublicationRequest.Action;
import org.oas.tip.registry.mapping.PublicationRequest.Entry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The checks of a publication that need no database: required fields per action, unique refs and instruments. */
final class PublicationShape {

    static final int MAX_ENTRIES = 2000;
    private static final Set<String> FIXED = Set.of("country", "kind", "provenance");

    private PublicationShape() {
    }

    static List<Violation> violations(PublicationRequest r) {
        List<Violation> wrong = new ArrayList<>();
        text(wrong, "key", r.key(), 200);
        text(wrong, "cycle", r.cycle(), 40);
        if (r.cycle() != null && !r.cycle().isBlank() && !CycleCodes.valid(r.cycle())) {
            wrong.add(Violation.body("cycle", CycleCodes.RULE));
        }
        if (r.country() == null || !r.country().matches("[A-Z]{3}")) {
            wrong.add(Violation.body("country", "must be an ISO 3166-1 alpha-3 code in capitals"));
        }
        if (r.referenceDate() == null) {
            wrong.add(Violation.body("referenceDate", "is required: the versions are valid from it"));
        }
        ApiDates.check(wrong, "referenceDate", r.referenceDate());
        if (r.entries() == null || r.entries().size() > MAX_ENTRIES) {
            wrong.add(Violation.body("entries", "must be a list of at most " + MAX_ENTRIES + " entries"));
            return wrong;
        }
        Map<String, Entry> byRef = new HashMap<>();
        Set<Long> instruments = new HashSet<>();
        for (int n = 0; n < r.entries().size(); n++) {
            Entry e = r.entries().get(n);
            String at = "entries[" + n + "].";
            if (e == null) {
                wrong.add(Violation.body("entries[" + n + "]", "is required"));
                continue;
            }
            if (e.ref() == null || e.ref().isBlank()) {
                wrong.add(Violation.body(at + "ref", "is required"));
            } else if (byRef.putIfAbsent(e.ref(), e) != null) {
                wrong.add(Violation.body(at + "ref", "is used by another entry"));
            }
            text(wrong, at + "question", e.question(), 100);
            if (e.question() != null && !e.question().isBlank() && !CycleAnswerKeys.LINK_ID.matcher(e.question()).matches()) {
                wrong.add(Violation.body(at + "question", CycleAnswerKeys.LINK_ID_RULE));
            }
            if (e.position() == null || e.position() < 0 || e.position() > CycleAnswerKeys.MAX_POSITION) {
                wrong.add(Violation.body(at + "position", "is required, from 0 to " + CycleAnswerKeys.MAX_POSITION));
            }
            if (e.action() == null) {
                wrong.add(Violation.body(at + "action", "is required: CREATE, UPDATE, CONFIRM, END or WITHDRAW"));
                continue;
            }
            byAction(wrong, at, e);
            if (e.registryId() != null && !instruments.add(e.registryId())) {
                wrong.add(Violation.body(at + "registryId", "is the instrument of another entry too"));
            }
        }
        for (int n = 0; n < r.entries().size(); n++) {
            Entry e = r.entries().get(n);
            if (e != null && e.successorRef() != null) {
                Entry next = byRef.get(e.successorRef());
                if (next == null || next == e || next.action() == Action.END || next.action() == Action.WITHDRAW) {
                    wrong.add(Violation.body("entries[" + n + "].successorRef",
                            "must name another entry of this publication that creates, updates or confirms a plan or policy"));
                }
            }
        }
        return wrong;
    }

    private static void byAction(List<Violation> wrong, String at, Entry e) {
        if (e.action() == Action.CREATE) {
            if (e.instrument() == null) {
                wrong.add(Violation.body(at + "instrument", "is required to create"));
            }
            if (e.registryId() != null || e.changes() != null) {
                wrong.add(Violation.body(at + (e.registryId() != null ? "registryId" : "changes"), "is not for a CREATE"));
            }
            return;
        }
        if (e.registryId() == null) {
            wrong.add(Violation.body(at + "registryId", "is required for " + e.action()));
        }
        if (e.baseRevision() == null || e.baseRevision() < 1) {
            wrong.add(Violation.body(at + "baseRevision", "is required for " + e.action() + ": the revision the country saw"));
        }
        if (e.instrument() != null) {
            wrong.add(Violation.body(at + "instrument", "is only for a CREATE; an UPDATE sends changes"));
        }
        switch (e.action()) {
            case UPDATE -> {
                if (e.changes() == null || !e.changes().isObject()) {
                    wrong.add(Violation.body(at + "changes", "is required for an UPDATE: a JSON merge patch object"));
                } else {
                    FIXED.stream().filter(e.changes()::has).sorted()
                            .forEach(f -> wrong.add(Violation.body(at + "changes." + f, "cannot change")));
                }
            }
            case END -> {
                if (e.status() != InstrumentStatus.ENDED && e.status() != InstrumentStatus.REPEALED) {
                    wrong.add(Violation.body(at + "status", "must be ENDED or REPEALED"));
                }
                if (e.statusDate() == null) {
                    wrong.add(Violation.body(at + "statusDate", "is required for an END"));
                }
                ApiDates.check(wrong, at + "statusDate", e.statusDate());
            }
            case WITHDRAW -> {
                if (e.reason() == null || e.reason().isBlank() || e.reason().length() > StatusWriter.REASON_MAX) {
                    wrong.add(Violation.body(at + "reason", "is required for a WITHDRAW, up to " + StatusWriter.REASON_MAX + " characters"));
                }
            }
            default -> {
                // CONFIRM needs only the instrument and the revision seen
            }
        }
        if (e.action() != Action.UPDATE && e.changes() != null) {
            wrong.add(Violation.body(at + "changes", "is only for an UPDATE"));
        }
    }

    private static void text(List<Violation> wrong, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            wrong.add(Violation.body(field, "is required"));
        } else if (value.length() > max) {
            wrong.add(Violation.body(field, "must be at most " + max + " characters"));
        }
    }
}
