package org.oas.tip.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.oas.tip.defaults.Caller;
import org.oas.tip.defaults.CycleCodes;
import org.oas.tip.defaults.Problems;
import org.oas.tip.defaults.Violation;
import org.oas.tip.registry.Instrument;
import org.oas.tip.registry.InstrumentChange;
import org.oas.tip.registry.InstrumentCycle;
import org.oas.tip.registry.InstrumentStatus;
import org.oas.tip.registry.InstrumentVersion;
import org.oas.tip.registry.mapping.CycleAttachmentInput;
import org.oas.tip.registry.mapping.CycleDetachment;
import org.oas.tip.registry.mapping.CycleEntry;
import org.oas.tip.registry.repository.CyclePublicationRepository;
import org.oas.tip.registry.repository.InstrumentCycleRepository;
import org.oas.tip.registry.repository.InstrumentVersionRepository;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The secretariat's records of a cycle: an instrument attached to a cycle that did not report it, or the revision a
 * cycle establishes corrected. Neither changes the instrument (no version); both are in its history. A later
 * publication of the same cycle overwrites them (see {@link ContentCommit#recordCycle}).
 */
@ApplicationScoped
@Transactional
public class CycleAttachments {

    static final int REASON_MAX = 500;

    private final InstrumentService reader;
    private final InstrumentCycleRepository cycles;
    private final InstrumentVersionRepository versions;
    private final CyclePublicationRepository publications;
    private final HistoryRecorder history;

    public CycleAttachments(InstrumentService reader, InstrumentCycleRepository cycles, InstrumentVersionRepository versions,
                            CyclePublicationRepository publications, HistoryRecorder history) {
        this.reader = reader;
        this.cycles = cycles;
        this.versions = versions;
        this.publications = publications;
        this.history = history;
    }

    /** Attaches the instrument to the cycle, or makes the cycle establish another revision of it; the same one: no change. */
    public CycleEntry attach(long id, String cycle, CycleAttachmentInput input, Caller caller) {
        secretariatOnly(caller);
        List<Violation> wrong = new ArrayList<>();
        checkCycle(cycle, wrong);
        checkReason(input == null ? null : input.reason(), "body", wrong);
        if (input != null && input.revision() != null && input.revision() < 1) {
            wrong.add(Violation.body("revision", "must be an existing revision of the instrument (1 or more)"));
        }
        if (!wrong.isEmpty()) {
            throw Problems.invalid(wrong);
        }
        Instrument instrument = locked(id, cycle, caller);
        int revision = input.revision() == null ? instrument.revision : input.revision();
        InstrumentVersion version = versions.findByIdOptional(new InstrumentVersion.Key(id, revision)).orElseThrow(() ->
                Problems.invalid("revision", "must be an existing revision of instrument " + id + " (1 to " + instrument.revision + ")"));
        InstrumentCycle row = cycles.findById(new InstrumentCycle.Key(id, cycle));
        if (row != null && row.revision == revision) {
            return CycleEntry.of(row, version.origin, true);
        }
        if (row == null && instrument.status == InstrumentStatus.WITHDRAWN) {
            throw Problems.conflict("Instrument " + id + " is withdrawn (recorded in error): it cannot be attached to a cycle");
        }
        CycleEntry before = row == null ? null : CycleEntry.of(row, originOf(row), true);
        if (row == null) {
            row = new InstrumentCycle();
            row.instrumentId = id;
            row.cycle = cycle;
            row.action = InstrumentCycle.Action.ATTACHED;
        } else {
            row.previousRevision = row.revision;
            // an attached record stays attached; the cycle's own record is now the secretariat's correction of it
            row.action = row.action == InstrumentCycle.Action.ATTACHED ? row.action : InstrumentCycle.Action.CORRECTED;
        }
        row.revision = revision;
        row.reason = input.reason().strip();
        row.attachedBy = caller.subject();
        row.attachedAt = OffsetDateTime.now();
        row.recordedAt = row.attachedAt;
        if (before == null) {
            cycles.persist(row);
        }
        CycleEntry after = CycleEntry.of(row, version.origin, true);
        history.record(InstrumentChange.Action.CYCLE_ATTACHED, caller, id, before, after);
        cycles.flush();
        return after;
    }

    /** Removes a record the secretariat attached; a cycle's own record cannot be detached (withdraw or correct it). */
    public void detach(long id, String cycle, String reason, Caller caller) {
        secretariatOnly(caller);
        List<Violation> wrong = new ArrayList<>();
        checkCycle(cycle, wrong);
        checkReason(reason, "query", wrong);
        if (!wrong.isEmpty()) {
            throw Problems.invalid(wrong);
        }
        locked(id, cycle, caller);
        InstrumentCycle row = cycles.findByIdOptional(new InstrumentCycle.Key(id, cycle))
                .orElseThrow(() -> Problems.notFound("A record of instrument " + id + " in cycle " + cycle));
        if (row.action != InstrumentCycle.Action.ATTACHED) {
            throw Problems.conflict("Instrument " + id + " is " + row.action + " in cycle " + cycle
                    + ": a cycle's own record cannot be detached; withdraw or correct it");
        }
        CycleEntry before = CycleEntry.of(row, originOf(row), true);
        cycles.delete(row);
        history.record(InstrumentChange.Action.CYCLE_DETACHED, caller, id, before, new CycleDetachment(id, cycle, true, reason.strip()));
        cycles.flush();
    }

    private static void secretariatOnly(Caller caller) {
        if (!caller.isAdmin() || caller.isPublisher()) {
            throw Problems.forbidden("Only the secretariat attaches records to a cycle or corrects them; a cycle's answers "
                    + "arrive through /cycle-publications");
        }
    }

    private static void checkCycle(String cycle, List<Violation> wrong) {
        if (!CycleCodes.valid(cycle)) {
            wrong.add(new Violation("cycle", "path", CycleCodes.RULE));
        }
    }

    private static void checkReason(String reason, String in, List<Violation> wrong) {
        if (reason == null || reason.isBlank()) {
            wrong.add(new Violation("reason", in, "is required: why the secretariat changes what the cycle holds (it appears in "
                    + "the published report's notes)"));
        } else if (reason.strip().length() > REASON_MAX) {
            wrong.add(new Violation("reason", in, "must be at most " + REASON_MAX + " characters"));
        }
    }

    /**
     * The instrument (404 when it does not exist), holding the lock of its country's publications in this cycle, so a
     * publication and the secretariat do not write the same row at once; re-read after the lock.
     */
    private Instrument locked(long id, String cycle, Caller caller) {
        Instrument instrument = reader.visible(id, caller).orElseThrow(() -> Problems.notFound("Instrument " + id));
        publications.lockCountryOfCycle(cycle, instrument.country);
        cycles.getEntityManager().refresh(instrument);
        return instrument;
    }

    private InstrumentVersion.Origin originOf(InstrumentCycle row) {
        return versions.findByIdOptional(new InstrumentVersion.Key(row.instrumentId, row.revision)).map(v -> v.origin).orElse(null);
    }
}
