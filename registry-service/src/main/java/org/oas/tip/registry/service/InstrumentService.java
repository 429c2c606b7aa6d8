package org.oas.tip.registry.service;

import org.oas.tip.defaults.Caller;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.oas.tip.defaults.Problems;
import org.oas.tip.defaults.Versioned;
import org.oas.tip.registry.Confidentiality;
import org.oas.tip.registry.Instrument;
import org.oas.tip.registry.mapping.ChangeView;
import org.oas.tip.registry.mapping.InstrumentMapper;
import org.oas.tip.registry.mapping.InstrumentView;
import org.oas.tip.registry.repository.InstrumentChangeRepository;
import org.oas.tip.registry.repository.InstrumentFilter;
import org.oas.tip.registry.repository.InstrumentRepository;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Reads instruments, showing each caller only what it is entitled to see. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class InstrumentService {

    private final InstrumentRepository instruments;
    private final InstrumentChangeRepository changes;
    private final ObjectMapper json;
    private final InstrumentViews views;

    public InstrumentService(InstrumentRepository instruments, InstrumentChangeRepository changes, ObjectMapper json,
                             InstrumentViews views) {
        this.instruments = instruments;
        this.changes = changes;
        this.json = json;
        this.views = views;
    }

    /** The instrument, unless it does not exist or is restricted and the caller may not see it (both: empty). */
    public Optional<Versioned<InstrumentView>> find(long id, Caller caller) {
        return visible(id, caller).map(i -> new Versioned<>(views.of(i), i.version));
    }

    Optional<Instrument> visible(long id, Caller caller) {
        return instruments.findByIdOptional(id)
                .filter(i -> i.confidentiality == Confidentiality.PUBLIC || caller.seesRestrictedOf(i.country));
    }

    /** A page of instruments and the cursor of the next one (null on the last page). */
    public record Page(List<InstrumentView> items, String next) {
    }

    public Page list(InstrumentFilter filter, String cursor, int limit) {
        List<Instrument> rows = instruments.page(filter, Cursors.after(cursor), limit + 1);
        boolean more = rows.size() > limit;
        List<Instrument> shown = more ? rows.subList(0, limit) : rows;
        return new Page(views.of(shown),
                more ? Cursors.of(shown.get(shown.size() - 1).id) : null);
    }

    /** A ranked search hit. */
    public record Hit(InstrumentView instrument, double rank) {
    }

    public List<Hit> search(InstrumentFilter filter, int limit) {
        List<InstrumentRepository.Hit> hits = instruments.search(filter, limit);
        List<InstrumentView> shown = views.of(hits.stream().map(InstrumentRepository.Hit::instrument).toList());
        return java.util.stream.IntStream.range(0, hits.size()).mapToObj(n -> new Hit(shown.get(n), hits.get(n).rank())).toList();
    }

    /**
     * Every change of an instrument, oldest first: for the secretariat, analysts, and the focal point of the
     * instrument's country (the history names people and clients, so other countries do not read it).
     */
    public List<ChangeView> history(long id, Caller caller) {
        Instrument instrument = visible(id, caller).orElseThrow(() -> Problems.notFound("Instrument " + id));
        if (!caller.seesRestrictedOf(instrument.country)) {
            throw Problems.forbidden("The history of " + instrument.country + "'s instruments is for the secretariat, analysts and "
                    + instrument.country + "'s focal point");
        }
        return changes.ofInstrument(id).stream().map(c -> {
            try {
                return new ChangeView(c.id, c.changedAt, c.action, c.subject, c.client, c.actorCountry,
                        c.before == null ? null : json.readTree(c.before), json.readTree(c.after));
            } catch (IOException e) {
                throw new IllegalStateException("history entry " + c.id + " is not JSON", e);
            }
        }).toList();
    }
}
