package org.oas.tip.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.oas.tip.registry.Instrument;
import org.oas.tip.registry.InstrumentCycle;
import org.oas.tip.registry.mapping.CycleEntry;
import org.oas.tip.registry.mapping.CycleView;
import org.oas.tip.registry.mapping.InstrumentMapper;
import org.oas.tip.registry.mapping.InstrumentView;
import org.oas.tip.registry.repository.InstrumentCycleRepository;
import org.oas.tip.registry.repository.InstrumentFilter;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Instruments as the API shows them, with the cycles that reported each (one query for a whole page). */
@ApplicationScoped
public class InstrumentViews {

    private final InstrumentCycleRepository cycles;

    public InstrumentViews(InstrumentCycleRepository cycles) {
        this.cycles = cycles;
    }

    public InstrumentView of(Instrument instrument) {
        return of(List.of(instrument)).get(0);
    }

    public List<InstrumentView> of(List<Instrument> instruments) {
        Map<Long, List<InstrumentCycle>> byInstrument = cycles.ofInstruments(instruments.stream().map(i -> i.id).toList());
        return instruments.stream().map(i -> withCycles(InstrumentMapper.toView(i), byInstrument.get(i.id))).toList();
    }

    /**
     * The items of a cycle read, each with its entry of that cycle (read with the page, in the same order); who attached it
     * only for callers who may read the instrument's history.
     */
    public List<InstrumentView> withEntries(InstrumentFilter filter, List<InstrumentView> items,
                                            List<InstrumentCycleRepository.WithOrigin> entries) {
        return IntStream.range(0, items.size()).mapToObj(n -> {
            InstrumentView v = items.get(n);
            InstrumentCycleRepository.WithOrigin w = entries.get(n);
            return w == null ? v : v.withCycleEntry(CycleEntry.of(w.row(), w.origin(), filter.seesRestrictedOf(v.country())));
        }).toList();
    }

    private static InstrumentView withCycles(InstrumentView view, List<InstrumentCycle> rows) {
        return view.withCycles(rows == null ? List.of() : rows.stream().map(CycleView::of).toList());
    }
}
