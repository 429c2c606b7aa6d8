package org.oas.tip.registry.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.oas.tip.defaults.Problems;
import org.oas.tip.defaults.Violation;
import org.oas.tip.registry.Instrument;
import org.oas.tip.registry.InstrumentKind;
import org.oas.tip.registry.InstrumentStatus;
import org.oas.tip.registry.mapping.InstrumentInput;
import org.oas.tip.registry.mapping.InstrumentMapper;
import org.oas.tip.registry.mapping.PublicationRequest;
import org.oas.tip.registry.mapping.PublicationRequest.Action;
import org.oas.tip.registry.repository.InstrumentRepository;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Works out, before anything is stored, what each entry of a publication does: the instrument it concerns, its
 * conflicts, and its resulting content, checked with the rules of direct writes. Any violation refuses the whole
 * publication (400 naming {@code entries[i]....}). Loads what it needs in a few queries, whatever the entry count.
 */
@ApplicationScoped
class PublicationPlanner {

    private final InstrumentRepository instruments;
    private final InstrumentRules rules;
    private final ConflictDetector conflicts;
    private final ObjectMapper json;

    PublicationPlanner(InstrumentRepository instruments, InstrumentRules rules, ConflictDetector conflicts, ObjectMapper json) {
        this.instruments = instruments;
        this.rules = rules;
        this.conflicts = conflicts;
        this.json = json;
    }

    List<PlannedEntry> plan(PublicationRequest r) {
        List<PlannedEntry> plans = new ArrayList<>();
        for (int n = 0; n < r.entries().size(); n++) {
            plans.add(new PlannedEntry(n, r.entries().get(n)));
        }
        Map<Long, Instrument> known = instruments.list("id in ?1", referenced(plans)).stream()
                .collect(Collectors.toMap(i -> i.id, i -> i));
        Map<String, Instrument> answered = instruments.answersOf(r.cycle(), r.country()).stream()
                .collect(Collectors.toMap(i -> i.provenance.question + "#" + i.provenance.position, i -> i, (a, b) -> a));
        List<Violation> wrong = new ArrayList<>();
        plans.forEach(p -> target(p, r.country(), known, answered, wrong));
        conflicts.detect(plans, r.cycle());
        Map<String, PlannedEntry> byRef = plans.stream().collect(Collectors.toMap(p -> p.entry.ref(), p -> p));
        for (PlannedEntry p : plans) {
            if (!p.conflicting()) {
                result(p, r.country(), wrong);
            }
        }
        for (PlannedEntry p : plans) {
            if (!p.conflicting() && p.result != null) {
                successor(p, byRef, known, r.country(), wrong);
            }
        }
        refuseIf(wrong);
        return plans;
    }

    private static Set<Long> referenced(List<PlannedEntry> plans) {
        Set<Long> ids = new HashSet<>();
        ids.add(-1L);
        for (PlannedEntry p : plans) {
            ids.add(p.entry.registryId());
            if (p.entry.instrument() != null && p.entry.instrument().plan() != null) {
                ids.add(p.entry.instrument().plan().successorId());
            }
            JsonNode successor = p.changes == null ? null : MergePatch.at(p.changes, "plan.successorId");
            if (successor != null && successor.canConvertToLong()) {
                ids.add(successor.asLong());
            }
        }
        ids.remove(null);
        return ids;
    }

    private static void target(PlannedEntry p, String country, Map<Long, Instrument> known, Map<String, Instrument> answered,
                               List<Violation> wrong) {
        if (p.action() == Action.CREATE) {
            p.target = answered.get(p.entry.question() + "#" + p.entry.position());
            return;
        }
        Instrument target = known.get(p.entry.registryId());
        if (target == null) {
            wrong.add(Violation.body(p.field("registryId"), "is not an instrument of the registry"));
        } else if (!target.country.equals(country)) {
            wrong.add(Violation.body(p.field("registryId"), "is an instrument of " + target.country + ", not of " + country));
        } else if (target.status == InstrumentStatus.WITHDRAWN && p.action() != Action.WITHDRAW) {
            wrong.add(Violation.body(p.field("registryId"), "was withdrawn by the secretariat: " + target.statusReason));
        } else if (p.entry.baseRevision() > target.revision) {
            wrong.add(Violation.body(p.field("baseRevision"), "is newer than the registry's revision " + target.revision));
        } else {
            p.target = target;
        }
    }

    private void result(PlannedEntry p, String country, List<Violation> wrong) {
        if (p.action() != Action.CREATE && p.target == null) {
            return; // its registryId is already named
        }
        String prefix;
        switch (p.action()) {
            case CREATE -> {
                prefix = "instrument.";
                InstrumentInput in = p.entry.instrument();
                provenance(p, in.provenance(), wrong);
                if (in.country() != null && !in.country().equalsIgnoreCase(country)) {
                    wrong.add(Violation.body(p.field("instrument.country"), "must be the publication's country " + country));
                }
                if (p.target != null && in.kind() != null && in.kind() != p.target.kind) {
                    wrong.add(Violation.body(p.field("instrument.kind"), "cannot change: this answer made the " + p.target.kind
                            + " " + p.target.id));
                }
                p.result = in;
            }
            case UPDATE -> {
                prefix = "changes.";
                p.result = patched(p, wrong);
            }
            case CONFIRM -> {
                prefix = null;
                p.result = InstrumentMapper.toInput(p.target);
            }
            default -> prefix = null;
        }
        if (prefix != null && p.result != null) {
            rules.violations(p.result).forEach(v -> wrong.add(prefixed(p, prefix, v)));
        }
    }

    private InstrumentInput patched(PlannedEntry p, List<Violation> wrong) {
        ChangeFields.unknown(p.entry.changes()).forEach(f -> wrong.add(Violation.body(p.field("changes." + f), "is not a field of an instrument")));
        JsonNode current = json.valueToTree(InstrumentMapper.toInput(p.target));
        try {
            return json.treeToValue(MergePatch.apply(current, p.changes), InstrumentInput.class);
        } catch (JsonMappingException e) {
            String path = e.getPath().stream().map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            wrong.add(Violation.body(p.field("changes." + path), "has the wrong type or value"));
        } catch (JsonProcessingException e) {
            wrong.add(Violation.body(p.field("changes"), "is not an instrument's fields"));
        }
        return null;
    }

    private static void successor(PlannedEntry p, Map<String, PlannedEntry> byRef, Map<Long, Instrument> known, String country,
                                  List<Violation> wrong) {
        InstrumentKind kind = p.result.kind();
        if (p.entry.successorRef() != null) {
            PlannedEntry next = byRef.get(p.entry.successorRef());
            if (next.result == null && next.target == null && next.action() != Action.CREATE) {
                return; // the named entry is wrong itself
            }
            InstrumentKind nextKind = next.result != null ? next.result.kind() : next.target == null ? null : next.target.kind;
            if (!isPlan(kind) || !isPlan(nextKind)) {
                wrong.add(Violation.body(p.field("successorRef"), SuccessorRule.MESSAGE + " (both must be plans or policies)"));
            }
            return;
        }
        Long successorId = p.result.plan() == null ? null : p.result.plan().successorId();
        Long current = p.target == null || p.target.plan == null ? null : p.target.plan.successorId;
        if (successorId != null && !Objects.equals(successorId, current)) {
            String problem = SuccessorRule.problem(p.target == null ? null : p.target.id, country, successorId, known.get(successorId));
            if (problem != null) {
                wrong.add(Violation.body(p.field((p.action() == Action.CREATE ? "instrument." : "changes.") + SuccessorRule.FIELD), problem));
            }
        }
    }

    private static boolean isPlan(InstrumentKind kind) {
        return kind == InstrumentKind.PLAN || kind == InstrumentKind.NATIONAL_POLICY;
    }

    private static Violation prefixed(PlannedEntry p, String prefix, Violation v) {
        return Violation.body(p.field(prefix + v.field()), v.message());
    }

    private static void refuseIf(List<Violation> wrong) {
        if (!wrong.isEmpty()) {
            throw Problems.invalid(wrong);
        }
    }

    /** A publication's instrument may give a provenance note; the rest is the registry's to set from the entry. */
    private static void provenance(PlannedEntry p, org.oas.tip.registry.mapping.ProvenanceInput in, List<Violation> wrong) {
        if (in == null) {
            return;
        }
        Map<String, Object> claimed = new java.util.LinkedHashMap<>();
        claimed.put("source", in.source());
        claimed.put("cycle", in.cycle());
        claimed.put("question", in.question());
        claimed.put("position", in.position());
        claimed.forEach((field, value) -> {
            if (value != null) {
                wrong.add(Violation.body(p.field("instrument.provenance." + field), "is set by the registry from the publication"));
            }
        });
    }
}
