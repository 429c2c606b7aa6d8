package org.oas.tip.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.oas.tip.defaults.Caller;
import org.oas.tip.registry.Instrument;
import org.oas.tip.registry.InstrumentChange;
import org.oas.tip.registry.InstrumentCycle;
import org.oas.tip.registry.mapping.InstrumentMapper;
import org.oas.tip.registry.mapping.InstrumentView;
import org.oas.tip.registry.repository.InstrumentCycleRepository;

import java.time.OffsetDateTime;

/**
 * Records a content change that was made on an instrument: its next revision, the version, the history entry, and
 * for a cycle's change the instrument's row of that cycle. Does not flush: a bulk publication flushes once.
 */
@ApplicationScoped
public class ContentCommit {

    private final HistoryRecorder history;
    private final VersionRecorder versions;
    private final InstrumentCycleRepository cycles;

    public ContentCommit(HistoryRecorder history, VersionRecorder versions, InstrumentCycleRepository cycles) {
        this.history = history;
        this.versions = versions;
        this.cycles = cycles;
    }

    /** For entries that are not versions (verification). */
    public HistoryRecorder history() {
        return history;
    }

    /** Stamps a new instrument before it is persisted: revision 1, created now. */
    public static void stampNew(Instrument instrument) {
        instrument.revision = 1;
        instrument.createdAt = OffsetDateTime.now();
        instrument.updatedAt = instrument.createdAt;
    }

    /** A persisted new instrument (it has its id): version 1 and the CREATED entry. */
    public InstrumentView created(Instrument instrument, VersionSource source, Caller caller) {
        InstrumentView view = InstrumentMapper.toView(instrument);
        history.record(InstrumentChange.Action.CREATED, caller, null, view);
        versions.record(instrument, view, source, caller);
        return view;
    }

    /**
     * The instrument's content was changed in memory: the next revision, now; a change needs the secretariat's
     * verification again.
     */
    public InstrumentView changed(Instrument instrument, InstrumentView before, InstrumentChange.Action action, VersionSource source,
                                  Caller caller) {
        instrument.revision = instrument.revision + 1;
        instrument.updatedAt = OffsetDateTime.now();
        instrument.verified = false;
        instrument.verifiedAt = null;
        instrument.verifiedBy = null;
        InstrumentView view = InstrumentMapper.toView(instrument);
        history.record(action, caller, before, view);
        versions.record(instrument, view, source, caller);
        return view;
    }

    /**
     * Records what a cycle said about an instrument at its current revision.
     *
     * @param existing the instrument's row of that cycle, if already loaded (null: looked up)
     */
    public void cycleRow(Instrument instrument, String cycle, String question, Integer position, InstrumentCycle.Action action,
                         InstrumentCycle existing) {
        recordCycle(instrument, cycle, question, position, action, existing != null ? existing
                : cycles.findByIdOptional(new InstrumentCycle.Key(instrument.id, cycle)).orElse(null));
    }

    /** Same, with the row already looked up (a bulk publication loads them at once): null means the cycle has none yet. */
    public void recordCycle(Instrument instrument, String cycle, String question, Integer position, InstrumentCycle.Action action,
                            InstrumentCycle existing) {
        InstrumentCycle row = existing;
        boolean isNew = row == null;
        if (isNew) {
            row = new InstrumentCycle();
            row.instrumentId = instrument.id;
            row.cycle = cycle;
        }
        row.question = question;
        row.position = position;
        // a later answer of the same cycle that only confirms does not hide that the cycle reported or changed it; over
        // the secretariat's attachment or correction the answer wins, and the attachment's reason goes with it
        boolean keepsAction = action == InstrumentCycle.Action.CONFIRMED && row.action != null && !row.action.bySecretariat();
        row.action = keepsAction ? row.action : action;
        row.revision = instrument.revision;
        row.recordedAt = OffsetDateTime.now();
        row.reason = null;
        row.previousRevision = null;
        row.attachedBy = null;
        row.attachedAt = null;
        if (isNew) {
            // the insert takes the entity's state at persist, so it is persisted complete
            cycles.persist(row);
        }
    }
}
