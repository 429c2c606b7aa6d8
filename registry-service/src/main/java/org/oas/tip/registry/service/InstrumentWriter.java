package org.oas.tip.registry.service;

import io.quarkus.cache.CacheInvalidateAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.oas.tip.defaults.Caller;
import org.oas.tip.defaults.ETags;
import org.oas.tip.defaults.Problems;
import org.oas.tip.defaults.Versioned;
import org.oas.tip.registry.Instrument;
import org.oas.tip.registry.InstrumentChange;
import org.oas.tip.registry.InstrumentCycle;
import org.oas.tip.registry.mapping.InstrumentInput;
import org.oas.tip.registry.mapping.InstrumentMapper;
import org.oas.tip.registry.mapping.InstrumentView;
import org.oas.tip.registry.repository.InstrumentRepository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * Creates and changes instruments: the secretariat for any country, a focal point only for its own. A refused
 * change stores nothing; every stored content change is a new version and is in the history.
 */
@ApplicationScoped
@Transactional
public class InstrumentWriter {

    private final InstrumentRepository instruments;
    private final WriteChecks checks;
    private final ContentCommit commit;
    private final InstrumentService reader;
    private final InstrumentViews views;

    public InstrumentWriter(InstrumentRepository instruments, WriteChecks checks, ContentCommit commit, InstrumentService reader,
                            InstrumentViews views) {
        this.instruments = instruments;
        this.checks = checks;
        this.commit = commit;
        this.reader = reader;
        this.views = views;
    }

    @CacheInvalidateAll(cacheName = DirectoryService.CACHE)
    public Versioned<InstrumentView> create(InstrumentInput input, Caller caller) {
        checks.check(input, null, ProvenancePolicy.claims(input == null ? null : input.provenance(), caller, null), caller);
        Instrument instrument = new Instrument();
        InstrumentMapper.apply(input, instrument);
        instrument.provenance = ProvenancePolicy.forCreate(input.provenance(), caller);
        ContentCommit.stampNew(instrument);
        instruments.persistAndFlush(instrument);
        InstrumentView view = commit.created(instrument, VersionSource.direct(), caller);
        return new Versioned<>(view.withCycles(List.of()), instrument.version);
    }

    @CacheInvalidateAll(cacheName = DirectoryService.CACHE)
    public Versioned<InstrumentView> update(long id, long expectedVersion, InstrumentInput input, Caller caller) {
        Instrument instrument = writable(id, caller);
        ETags.requireVersion(instrument.version, expectedVersion);
        checks.check(input, instrument, ProvenancePolicy.claims(input == null ? null : input.provenance(), caller,
                instrument.provenance), caller);
        return replace(instrument, input, VersionSource.direct(), caller);
    }

    /** The outcome of an upsert: the instrument and whether it was new. */
    public record Upserted(Versioned<InstrumentView> instrument, boolean created) {
    }

    /**
     * Creates or replaces the instrument published from one answer of a cycle, so publishing the same answer twice
     * leaves one instrument. Superseded by the bulk publication; its versions are valid from the day of the call.
     */
    @CacheInvalidateAll(cacheName = DirectoryService.CACHE)
    public Upserted upsertByProvenance(String cycle, String country, String question, int position, InstrumentInput input,
                                       Caller caller) {
        CycleAnswerKeys.check(cycle, country, question, position);
        String iso3 = country.toUpperCase(Locale.ROOT);
        if (input == null) {
            throw Problems.invalid("body", "an instrument is required");
        }
        if (input.country() != null && !input.country().equalsIgnoreCase(iso3)) {
            throw Problems.invalid("country", "must be the country of the answer, " + iso3);
        }
        var existing = instruments.findByProvenance(cycle, iso3, question, position);
        VersionSource source = VersionSource.cycle(cycle, LocalDate.now(ZoneOffset.UTC), false);
        if (existing.isPresent()) {
            Instrument instrument = writable(existing.get().id, caller);
            checks.check(input, instrument, List.of(), caller);
            replace(instrument, input, source, caller);
            commit.cycleRow(instrument, cycle, question, position, InstrumentCycle.Action.UPDATED, null);
            instruments.flush();
            return new Upserted(new Versioned<>(views.of(instrument), instrument.version), false);
        }
        checks.check(input, null, List.of(), caller);
        if (!input.country().equalsIgnoreCase(iso3)) {
            throw Problems.invalid("country", "must be the country of the answer, " + iso3);
        }
        Instrument instrument = new Instrument();
        InstrumentMapper.apply(input, instrument);
        instrument.provenance = ProvenancePolicy.forCycleAnswer(cycle, question, position, input.provenance());
        ContentCommit.stampNew(instrument);
        instruments.persistAndFlush(instrument);
        commit.created(instrument, source, caller);
        commit.cycleRow(instrument, cycle, question, position, InstrumentCycle.Action.REPORTED, null);
        instruments.flush();
        return new Upserted(new Versioned<>(views.of(instrument), instrument.version), true);
    }

    /** The secretariat's confirmation that an instrument is accurate: in the history, not a new version. */
    @CacheInvalidateAll(cacheName = DirectoryService.CACHE)
    public Versioned<InstrumentView> verify(long id, long expectedVersion, Caller caller) {
        if (!caller.isAdmin()) {
            throw Problems.forbidden("Only the secretariat verifies instruments");
        }
        Instrument instrument = reader.visible(id, caller).orElseThrow(() -> Problems.notFound("Instrument " + id));
        ETags.requireVersion(instrument.version, expectedVersion);
        InstrumentView before = InstrumentMapper.toView(instrument);
        instrument.verified = true;
        instrument.verifiedAt = OffsetDateTime.now();
        instrument.verifiedBy = caller.subject();
        instrument.updatedAt = instrument.verifiedAt;
        instruments.flush();
        InstrumentView after = InstrumentMapper.toView(instrument);
        commit.history().record(InstrumentChange.Action.VERIFIED, caller, before, after);
        return new Versioned<>(views.of(instrument), instrument.version);
    }

    private Versioned<InstrumentView> replace(Instrument instrument, InstrumentInput input, VersionSource source, Caller caller) {
        InstrumentView before = InstrumentMapper.toView(instrument);
        var provenance = ProvenancePolicy.forUpdate(input.provenance(), instrument.provenance);
        InstrumentMapper.apply(input, instrument);
        instrument.provenance = provenance;
        commit.changed(instrument, before, InstrumentChange.Action.UPDATED, source, caller);
        instruments.flush();
        return new Versioned<>(views.of(instrument), instrument.version);
    }

    /** The instrument, if the caller may change it: 404 when it may not even see it, 403 when it only may not write. */
    Instrument writable(long id, Caller caller) {
        Instrument instrument = reader.visible(id, caller).orElseThrow(() -> Problems.notFound("Instrument " + id));
        if (!caller.writesFor(instrument.country)) {
            throw Problems.forbidden("Instruments of " + instrument.country + " are changed by the secretariat or "
                    + instrument.country + "'s focal point only");
        }
        return instrument;
    }
}
