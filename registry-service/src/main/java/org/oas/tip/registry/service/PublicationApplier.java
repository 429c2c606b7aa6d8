package org.oas.tip.registry.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.oas.tip.defaults.Caller;
import org.oas.tip.registry.Instrument;
import org.oas.tip.registry.InstrumentChange;
import org.oas.tip.registry.InstrumentCycle;
import org.oas.tip.registry.InstrumentStatus;
import org.oas.tip.registry.mapping.Details;
import org.oas.tip.registry.mapping.InstrumentInput;
import org.oas.tip.registry.mapping.InstrumentMapper;
import org.oas.tip.registry.mapping.InstrumentView;
import org.oas.tip.registry.mapping.PublicationRequest;
import org.oas.tip.registry.mapping.PublicationRequest.Action;
import org.oas.tip.registry.mapping.PublicationResult.EntryResult;
import org.oas.tip.registry.mapping.PublicationResult.Outcome;
import org.oas.tip.registry.repository.InstrumentCycleRepository;
import org.oas.tip.registry.repository.InstrumentRepository;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Applies a planned publication: new instruments first (so successors can name them), then every entry in order;
 * an entry that changes nothing makes no version. One flush at the end sends the updates and inserts in batches.
 */
@ApplicationScoped
class PublicationApplier {

    private final InstrumentRepository instruments;
    private final InstrumentCycleRepository cycles;
    private final ContentCommit commit;
    private final ObjectMapper json;

    PublicationApplier(InstrumentRepository instruments, InstrumentCycleRepository cycles, ContentCommit commit, ObjectMapper json) {
        this.instruments = instruments;
        this.cycles = cycles;
        this.commit = commit;
        this.json = json;
    }

    List<EntryResult> apply(PublicationRequest r, List<PlannedEntry> plans, Caller caller) {
        VersionSource source = VersionSource.cycle(r.cycle(), r.referenceDate(), Boolean.TRUE.equals(r.amendment()));
        Map<PlannedEntry, Instrument> fresh = new HashMap<>();
        for (PlannedEntry p : plans) {
            if (p.action() == Action.CREATE && p.target == null) {
                Instrument i = new Instrument();
                InstrumentMapper.apply(p.result, i);
                i.provenance = ProvenancePolicy.forCycleAnswer(r.cycle(), p.entry.question(), p.entry.position(), p.result.provenance());
                ContentCommit.stampNew(i);
                instruments.persist(i);
                fresh.put(p, i);
            }
        }
        linkSuccessors(plans, fresh);
        Map<Long, InstrumentCycle> rows = cycles.ofCycle(r.cycle(),
                plans.stream().filter(p -> p.target != null).map(p -> p.target.id).toList());
        List<EntryResult> results = new ArrayList<>();
        for (PlannedEntry p : plans) {
            results.add(applyOne(p, fresh.get(p), r, source, rows, caller));
        }
        instruments.flush();
        return results;
    }

    private static void linkSuccessors(List<PlannedEntry> plans, Map<PlannedEntry, Instrument> fresh) {
        Map<String, PlannedEntry> byRef = new HashMap<>();
        plans.forEach(p -> byRef.put(p.entry.ref(), p));
        for (PlannedEntry p : plans) {
            if (p.entry.successorRef() == null || p.conflicting()) {
                continue;
            }
            PlannedEntry next = byRef.get(p.entry.successorRef());
            Long id = next.target != null ? next.target.id : fresh.get(next).id;
            if (fresh.containsKey(p)) {
                fresh.get(p).plan.successorId = id;
            } else {
                p.result = withSuccessor(p.result, id);
            }
        }
    }

    private EntryResult applyOne(PlannedEntry p, Instrument created, PublicationRequest r, VersionSource source,
                                 Map<Long, InstrumentCycle> rows, Caller caller) {
        if (p.conflicting()) {
            return new EntryResult(p.entry.ref(), p.target.id, p.target.revision, Outcome.CONFLICT, p.conflicts);
        }
        Instrument i = created != null ? created : p.target;
        InstrumentCycle row = created != null ? null : rows.get(i.id);
        Outcome outcome;
        InstrumentCycle.Action said;
        if (created != null) {
            commit.created(i, source, caller);
            outcome = Outcome.CREATED;
            said = InstrumentCycle.Action.REPORTED;
        } else if (p.action() == Action.END) {
            boolean same = i.status == p.entry.status() && Objects.equals(i.statusDate, p.entry.statusDate());
            outcome = same ? Outcome.UNCHANGED : status(i, p.entry.status(), p.entry.statusDate(), i.statusReason,
                    InstrumentChange.Action.STATUS_CHANGED, Outcome.ENDED, source, caller);
            said = InstrumentCycle.Action.ENDED;
        } else if (p.action() == Action.WITHDRAW) {
            outcome = i.status == InstrumentStatus.WITHDRAWN ? Outcome.UNCHANGED : status(i, InstrumentStatus.WITHDRAWN,
                    LocalDate.now(ZoneOffset.UTC), p.entry.reason().strip(), InstrumentChange.Action.WITHDRAWN, Outcome.WITHDRAWN, source, caller);
            said = InstrumentCycle.Action.WITHDRAWN;
        } else {
            boolean changed = replace(i, p.result, source, caller);
            outcome = changed ? Outcome.UPDATED : Outcome.CONFIRMED;
            said = p.action() == Action.CREATE ? InstrumentCycle.Action.REPORTED
                    : changed ? InstrumentCycle.Action.UPDATED : InstrumentCycle.Action.CONFIRMED;
        }
        commit.recordCycle(i, r.cycle(), p.entry.question(), p.entry.position(), said, row);
        return new EntryResult(p.entry.ref(), i.id, i.revision, outcome, null);
    }

    private Outcome status(Instrument i, InstrumentStatus status, LocalDate date, String reason, InstrumentChange.Action action,
                           Outcome outcome, VersionSource source, Caller caller) {
        InstrumentView before = InstrumentMapper.toView(i);
        i.status = status;
        i.statusDate = date;
        i.statusReason = reason;
        commit.changed(i, before, action, source, caller);
        return outcome;
    }

    /** Replaces the content when it differs from the current one (compared as stored, so formatting does not count). */
    private boolean replace(Instrument i, InstrumentInput result, VersionSource source, Caller caller) {
        Instrument scratch = new Instrument();
        scratch.id = i.id;
        InstrumentMapper.apply(result, scratch);
        boolean noteChanges = result.provenance() != null && !Objects.equals(result.provenance().note(), i.provenance.note);
        if (!noteChanges && MergePatch.stripped(json.valueToTree(InstrumentMapper.toInput(scratch)))
                .equals(MergePatch.stripped(json.valueToTree(InstrumentMapper.toInput(i))))) {
            return false;
        }
        InstrumentView before = InstrumentMapper.toView(i);
        var provenance = ProvenancePolicy.forUpdate(result.provenance(), i.provenance);
        InstrumentMapper.apply(result, i);
        i.provenance = provenance;
        commit.changed(i, before, InstrumentChange.Action.UPDATED, source, caller);
        return true;
    }

    private static InstrumentInput withSuccessor(InstrumentInput in, Long id) {
        Details.Plan plan = in.plan() == null ? new Details.Plan(null, id, null)
                : new Details.Plan(in.plan().planType(), id, in.plan().genderPerspective());
        return new InstrumentInput(in.country(), in.kind(), in.title(), in.titleEn(), in.language(), in.institution(), in.yearStart(),
                in.yearEnd(), in.link(), in.foundOnline(), in.confidentiality(), in.provenance(), in.body(), in.law(), plan, in.channel(),
                in.protocol(), in.unit(), in.informationSystem(), in.shelter());
    }
}
