package org.oas.tip.registry.service;

import io.quarkus.cache.CacheInvalidateAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.oas.tip.defaults.Caller;
import org.oas.tip.defaults.ETags;
import org.oas.tip.defaults.Problems;
import org.oas.tip.defaults.Versioned;
import org.oas.tip.defaults.Violation;
import org.oas.tip.registry.Instrument;
import org.oas.tip.registry.InstrumentChange;
import org.oas.tip.registry.InstrumentStatus;
import org.oas.tip.registry.mapping.InstrumentMapper;
import org.oas.tip.registry.mapping.InstrumentView;
import org.oas.tip.registry.mapping.StatusChange;
import org.oas.tip.registry.mapping.Withdrawal;
import org.oas.tip.registry.repository.InstrumentRepository;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Ends, repeals, reinstates and withdraws instruments; each is a new version and a history entry. */
@ApplicationScoped
@Transactional
public class StatusWriter {

    static final int REASON_MAX = 2000;

    private final InstrumentRepository instruments;
    private final InstrumentWriter writer;
    private final ContentCommit commit;
    private final InstrumentViews views;

    public StatusWriter(InstrumentRepository instruments, InstrumentWriter writer, ContentCommit commit, InstrumentViews views) {
        this.instruments = instruments;
        this.writer = writer;
        this.commit = commit;
        this.views = views;
    }

    /** The secretariat or the owning focal point: IN_FORCE, ENDED or REPEALED from a date. */
    @CacheInvalidateAll(cacheName = DirectoryService.CACHE)
    public Versioned<InstrumentView> change(long id, long expectedVersion, StatusChange change, Caller caller) {
        List<Violation> wrong = new ArrayList<>();
        if (change == null || change.status() == null) {
            wrong.add(Violation.body("status", "is required: IN_FORCE, ENDED or REPEALED"));
        } else if (change.status() == InstrumentStatus.WITHDRAWN) {
            wrong.add(Violation.body("status", "a withdrawal is POST /instruments/" + id + "/withdrawal (secretariat only, with a reason)"));
        } else if (change.status() != InstrumentStatus.IN_FORCE && change.date() == null) {
            wrong.add(Violation.body("date", "is required for " + change.status()));
        }
        if (change != null) {
            ApiDates.check(wrong, "date", change.date());
        }
        if (change != null && change.note() != null && change.note().length() > REASON_MAX) {
            wrong.add(Violation.body("note", "must be at most " + REASON_MAX + " characters"));
        }
        if (!wrong.isEmpty()) {
            throw Problems.invalid(wrong);
        }
        Instrument instrument = current(id, expectedVersion, caller);
        return apply(instrument, change.status(), change.date(), change.note(), InstrumentChange.Action.STATUS_CHANGED, caller);
    }

    /** The secretariat only: the record was made in error; it leaves every public list but keeps its history. */
    @CacheInvalidateAll(cacheName = DirectoryService.CACHE)
    public Versioned<InstrumentView> withdraw(long id, long expectedVersion, Withdrawal withdrawal, Caller caller) {
        if (!caller.isAdmin()) {
            throw Problems.forbidden("Only the secretariat withdraws instruments");
        }
        String reason = withdrawal == null ? null : withdrawal.reason();
        if (reason == null || reason.isBlank()) {
            throw Problems.invalid("reason", "is required: why the record is withdrawn");
        }
        if (reason.length() > REASON_MAX) {
            throw Problems.invalid("reason", "must be at most " + REASON_MAX + " characters");
        }
        Instrument instrument = current(id, expectedVersion, caller);
        if (instrument.status == InstrumentStatus.WITHDRAWN) {
            throw Problems.conflict("Instrument " + id + " is already withdrawn");
        }
        return apply(instrument, InstrumentStatus.WITHDRAWN, LocalDate.now(ZoneOffset.UTC), reason.strip(),
                InstrumentChange.Action.WITHDRAWN, caller);
    }

    private Instrument current(long id, long expectedVersion, Caller caller) {
        Instrument instrument = writer.writable(id, caller);
        ETags.requireVersion(instrument.version, expectedVersion);
        return instrument;
    }

    private Versioned<InstrumentView> apply(Instrument instrument, InstrumentStatus status, LocalDate date, String reason,
                                            InstrumentChange.Action action, Caller caller) {
        InstrumentView before = InstrumentMapper.toView(instrument);
        instrument.status = status;
        instrument.statusDate = date;
        instrument.statusReason = reason;
        commit.changed(instrument, before, action, VersionSource.direct(), caller);
        instruments.flush();
        return new Versioned<>(views.of(instrument), instrument.version);
    }
}
