package org.oas.tip.registry.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.oas.tip.defaults.Caller;
import org.oas.tip.defaults.Problems;
import org.oas.tip.defaults.PageRequest;
import org.oas.tip.defaults.Versioned;
import org.oas.tip.registry.Confidentiality;
import org.oas.tip.registry.Instrument;
import org.oas.tip.registry.InstrumentCycle;
import org.oas.tip.registry.InstrumentStatus;
import org.oas.tip.registry.mapping.ChangeView;
import org.oas.tip.registry.mapping.CycleView;
import org.oas.tip.registry.mapping.InstrumentView;
import org.oas.tip.registry.mapping.VersionView;
import org.oas.tip.registry.repository.InstrumentChangeRepository;
import org.oas.tip.registry.repository.InstrumentCycleRepository;
import org.oas.tip.registry.repository.InstrumentFilter;
import org.oas.tip.registry.repository.InstrumentRepository;
import org.oas.tip.registry.repository.InstrumentVersionRepository;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/** Reads instruments, showing each caller only what it is entitled to see. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class InstrumentService {

    private final InstrumentRepository instruments;
    private final InstrumentChangeRepository changes;
    private final InstrumentVersionRepository versions;
    private final ObjectMapper json;
    private final InstrumentViews views;
    private final InstrumentCycleRepository cycleRows;

    public InstrumentService(InstrumentRepository instruments, InstrumentChangeRepository changes,
                             InstrumentVersionRepository versions, ObjectMapper json, InstrumentViews views,
                             InstrumentCycleRepository cycleRows) {
        this.instruments = instruments;
        this.cycleRows = cycleRows;
        this.changes = changes;
        this.versions = versions;
        this.json = json;
        this.views = views;
    }

    /**
     * The instrument, unless it does not exist, is restricted and the caller may not see it, or is withdrawn and the
     * caller is not the secretariat or an analyst (all: empty).
     */
    public Optional<Versioned<InstrumentView>> find(long id, Caller caller) {
        return visible(id, caller).map(i -> new Versioned<>(views.of(i), i.version));
    }

    Optional<Instrument> visible(long id, Caller caller) {
        return instruments.findByIdOptional(id)
                .filter(i -> i.confidentiality == Confidentiality.PUBLIC || caller.seesRestrictedOf(i.country))
                .filter(i -> i.status != InstrumentStatus.WITHDRAWN || caller.isAdmin() || caller.isAnalyst());
    }

    /** A page of instruments and the cursor of the next one (null on the last page). */
    public record Page(List<InstrumentView> items, String next) {
    }

    public Page list(InstrumentFilter filter, String cursor, int limit) {
        if (filter.readsVersions()) {
            return versionPage(filter, cursor, limit);
        }
        List<Instrument> rows = instruments.page(filter, PageRequest.afterId(cursor), limit + 1);
        boolean more = rows.size() > limit;
        List<Instrument> shown = more ? rows.subList(0, limit) : rows;
        List<InstrumentView> items = views.of(shown);
        if (filter.tombstones()) {
            items = items.stream().map(v -> v.status() == InstrumentStatus.WITHDRAWN ? v.tombstone() : v).toList();
        }
        return new Page(items, more ? PageRequest.cursorAfter(shown.get(shown.size() - 1).id) : null);
    }

    private Page versionPage(InstrumentFilter filter, String cursor, int limit) {
        List<InstrumentRepository.VersionRow> rows = instruments.pageVersions(filter, PageRequest.afterId(cursor), limit + 1);
        boolean more = rows.size() > limit;
        List<InstrumentRepository.VersionRow> shown = more ? rows.subList(0, limit) : rows;
        Map<Long, List<InstrumentCycle>> cycles = cycleRows.readOf(shown.stream().map(InstrumentRepository.VersionRow::id).toList());
        List<InstrumentView> items = shown.stream().map(r -> read(r.data(), InstrumentView.class)
                .withCycles(cycles.getOrDefault(r.id(), List.of()).stream().map(CycleView::of).toList())).toList();
        if (filter.cycle() != null) {
            items = views.withEntries(filter, items, shown.stream().map(InstrumentRepository.VersionRow::entry).toList());
        }
        return new Page(items, more ? PageRequest.cursorAfter(shown.get(shown.size() - 1).id()) : null);
    }

    /** A ranked search hit. */
    public record Hit(InstrumentView instrument, double rank) {
    }

    public List<Hit> search(InstrumentFilter filter, int limit) {
        List<InstrumentRepository.Hit> hits = instruments.search(filter, limit);
        List<InstrumentView> shown = views.of(hits.stream().map(InstrumentRepository.Hit::instrument).toList());
        return IntStream.range(0, hits.size()).mapToObj(n -> new Hit(
                filter.tombstones() && shown.get(n).status() == InstrumentStatus.WITHDRAWN ? shown.get(n).tombstone() : shown.get(n),
                hits.get(n).rank())).toList();
    }

    /**
     * Every change of an instrument, oldest first: for the secretariat, analysts, and the focal point of the
     * instrument's country (the history names people and clients, so other countries do not read it).
     */
    public List<ChangeView> history(long id, Caller caller) {
        owned(id, caller, "history");
        return changes.ofInstrument(id).stream().map(c -> new ChangeView(c.id, c.changedAt, c.action, c.subject, c.client,
                c.actorCountry, c.before == null ? null : read(c.before), read(c.after))).toList();
    }

    /** Every content version of an instrument, oldest first; readable by whoever reads its history. */
    public List<VersionView> versions(long id, Caller caller) {
        owned(id, caller, "versions");
        return versions.ofInstrument(id).stream().map(v -> new VersionView(v.revision, v.validFrom, v.recordedAt, v.origin, v.cycle,
                v.subject, v.client, v.actorCountry, read(v.data))).toList();
    }

    private void owned(long id, Caller caller, String what) {
        Instrument instrument = visible(id, caller).orElseThrow(() -> Problems.notFound("Instrument " + id));
        if (!caller.seesRestrictedOf(instrument.country)) {
            throw Problems.forbidden("The " + what + " of " + instrument.country + "'s instruments is for the secretariat, analysts and "
                    + instrument.country + "'s focal point");
        }
    }

    private com.fasterxml.jackson.databind.JsonNode read(String stored) {
        return read(stored, com.fasterxml.jackson.databind.JsonNode.class);
    }

    private <T> T read(String stored, Class<T> type) {
        try {
            return json.readValue(stored, type);
        } catch (IOException e) {
            throw new IllegalStateException("a stored instrument document is not readable JSON", e);
        }
    }
}
