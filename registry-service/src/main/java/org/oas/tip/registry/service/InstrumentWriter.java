package org.oas.tip.registry.service;

import org.oas.tip.defaults.Caller;
import io.quarkus.cache.CacheInvalidateAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.oas.tip.defaults.ETags;
import org.oas.tip.defaults.Problems;
import org.oas.tip.defaults.Versioned;
import org.oas.tip.defaults.Violation;
import org.oas.tip.registry.Instrument;
import org.oas.tip.registry.InstrumentChange;
import org.oas.tip.registry.InstrumentKind;
import org.oas.tip.registry.Provenance;
import org.oas.tip.registry.mapping.InstrumentInput;
import org.oas.tip.registry.mapping.InstrumentMapper;
import org.oas.tip.registry.mapping.InstrumentView;
import org.oas.tip.registry.mapping.ProvenanceView;
import org.oas.tip.registry.repository.CountryRepository;
import org.oas.tip.registry.repository.InstrumentRepository;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Creates and changes instruments: the secretariat for any country, a focal point only for its own. A refused
 * change stores nothing; every stored change is in the history.
 */
@ApplicationScoped
@Transactional
public class InstrumentWriter {

    private final InstrumentRepository instruments;
    private final CountryRepository countries;
    private final InstrumentRules rules;
    private final HistoryRecorder history;
    private final InstrumentService reader;

    public InstrumentWriter(InstrumentRepository instruments, CountryRepository countries, InstrumentRules rules,
                            HistoryRecorder history, InstrumentService reader) {
        this.instruments = instruments;
        this.countries = countries;
        this.rules = rules;
        this.history = history;
        this.reader = reader;
    }

    @CacheInvalidateAll(cacheName = DirectoryService.CACHE)
    public Versioned<InstrumentView> create(InstrumentInput input, Caller caller) {
        validate(input, caller);
        Instrument instrument = new Instrument();
        InstrumentMapper.apply(input, instrument);
        instrument.createdAt = OffsetDateTime.now();
        instrument.updatedAt = instrument.createdAt;
        instruments.persistAndFlush(instrument);
        InstrumentView view = InstrumentMapper.toView(instrument);
        history.record(InstrumentChange.Action.CREATED, caller, null, view);
        return new Versioned<>(view, instrument.version);
    }

    @CacheInvalidateAll(cacheName = DirectoryService.CACHE)
    public Versioned<InstrumentView> update(long id, long expectedVersion, InstrumentInput input, Caller caller) {
        Instrument instrument = writable(id, caller);
        if (instrument.version != expectedVersion) {
            throw Problems.preconditionFailed(ETags.of(instrument.version));
        }
        validate(input, caller);
        return replace(instrument, input, caller, InstrumentChange.Action.UPDATED);
    }

    /** The outcome of an upsert: the instrument and whether it was new. */
    public record Upserted(Versioned<InstrumentView> instrument, boolean created) {
    }

    /**
     * Creates or replaces the instrument published from one answer of a cycle, so publishing the same answer twice
     * leaves one instrument.
     */
    @CacheInvalidateAll(cacheName = DirectoryService.CACHE)
    public Upserted upsertByProvenance(String cycle, String country, String question, int position, InstrumentInput input,
                                       Caller caller) {
        String iso3 = country.toUpperCase(Locale.ROOT);
        ProvenanceView p = new ProvenanceView(Provenance.Source.CYCLE_ANSWER, cycle, question, position,
                input.provenance() == null ? null : input.provenance().note());
        InstrumentInput keyed = new InstrumentInput(iso3, input.kind(), input.title(), input.titleEn(), input.language(),
                input.institution(), input.yearStart(), input.yearEnd(), input.link(), input.foundOnline(), input.confidentiality(),
                p, input.body(), input.law(), input.plan(), input.channel(), input.protocol(), input.unit(),
                input.informationSystem(), input.shelter());
        var existing = instruments.findByProvenance(cycle, iso3, question, position);
        if (existing.isEmpty()) {
            return new Upserted(create(keyed, caller), true);
        }
        Instrument instrument = writable(existing.get().id, caller);
        validate(keyed, caller);
        return new Upserted(replace(instrument, keyed, caller, InstrumentChange.Action.UPDATED), false);
    }

    /** The secretariat's confirmation that an instrument is accurate. */
    @CacheInvalidateAll(cacheName = DirectoryService.CACHE)
    public Versioned<InstrumentView> verify(long id, long expectedVersion, Caller caller) {
        if (!caller.isAdmin()) {
            throw Problems.forbidden("Only the secretariat verifies instruments");
        }
        Instrument instrument = reader.visible(id, caller).orElseThrow(() -> Problems.notFound("Instrument " + id));
        if (instrument.version != expectedVersion) {
            throw Problems.preconditionFailed(ETags.of(instrument.version));
        }
        InstrumentView before = InstrumentMapper.toView(instrument);
        instrument.verified = true;
        instrument.verifiedAt = OffsetDateTime.now();
        instrument.verifiedBy = caller.subject();
        instrument.updatedAt = instrument.verifiedAt;
        instruments.flush();
        InstrumentView after = InstrumentMapper.toView(instrument);
        history.record(InstrumentChange.Action.VERIFIED, caller, before, after);
        return new Versioned<>(after, instrument.version);
    }

    private Versioned<InstrumentView> replace(Instrument instrument, InstrumentInput input, Caller caller, InstrumentChange.Action action) {
        InstrumentView before = InstrumentMapper.toView(instrument);
        InstrumentMapper.apply(input, instrument);
        // a change by a member state needs the secretariat's verification again
        instrument.verified = false;
        instrument.verifiedAt = null;
        instrument.verifiedBy = null;
        instrument.updatedAt = OffsetDateTime.now();
        instruments.flush();
        InstrumentView after = InstrumentMapper.toView(instrument);
        history.record(action, caller, before, after);
        return new Versioned<>(after, instrument.version);
    }

    /** The instrument, if the caller may change it: 404 when it may not even see it, 403 when it only may not write. */
    private Instrument writable(long id, Caller caller) {
        Instrument instrument = reader.visible(id, caller).orElseThrow(() -> Problems.notFound("Instrument " + id));
        if (!caller.writesFor(instrument.country)) {
            throw Problems.forbidden("Instruments of " + instrument.country + " are changed by the secretariat or "
                    + instrument.country + "'s focal point only");
        }
        return instrument;
    }

    private void validate(InstrumentInput input, Caller caller) {
        List<Violation> wrong = new ArrayList<>();
        if (input != null && input.country() != null && input.country().matches("[A-Za-z]{3}")) {
            String iso3 = input.country().toUpperCase(Locale.ROOT);
            if (countries.findByIdOptional(iso3).isEmpty()) {
                wrong.add(Violation.body("country", "unknown country " + iso3));
            } else if (!caller.writesFor(iso3)) {
                throw Problems.forbidden("A focal point of " + caller.country() + " cannot write instruments of " + iso3);
            }
        }
        if (input != null && input.plan() != null && input.plan().successorId() != null
                && instruments.findByIdOptional(input.plan().successorId())
                .filter(s -> s.kind == InstrumentKind.PLAN || s.kind == InstrumentKind.NATIONAL_POLICY).isEmpty()) {
            wrong.add(Violation.body("plan.successorId", "is not a plan or policy in the registry"));
        }
        rules.check(input, wrong);
    }
}
