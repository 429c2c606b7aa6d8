package org.oas.tip.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.oas.tip.defaults.Caller;
import org.oas.tip.defaults.Problems;
import org.oas.tip.registry.Instrument;
import org.oas.tip.registry.mapping.CycleEntry;
import org.oas.tip.registry.repository.InstrumentCycleRepository;

import java.util.List;

/** Reads what each cycle holds of one instrument (a cycle read gets its entries with the page, see {@link InstrumentViews#withEntries}). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CycleEntries {

    private final InstrumentService reader;
    private final InstrumentCycleRepository cycles;

    public CycleEntries(InstrumentService reader, InstrumentCycleRepository cycles) {
        this.reader = reader;
        this.cycles = cycles;
    }

    /** The instrument's entries, by cycle code; for whoever may read the instrument (else 404). */
    public List<CycleEntry> of(long id, Caller caller) {
        Instrument instrument = reader.visible(id, caller).orElseThrow(() -> Problems.notFound("Instrument " + id));
        boolean showsWho = caller.seesRestrictedOf(instrument.country);
        return cycles.entriesOf(id).stream().map(w -> CycleEntry.of(w.row(), w.origin(), showsWho)).toList();
    }
}
