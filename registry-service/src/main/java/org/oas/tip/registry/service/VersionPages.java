package org.oas.tip.registry.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.oas.tip.defaults.PageRequest;
import org.oas.tip.registry.InstrumentCycle;
import org.oas.tip.registry.mapping.CycleEntry;
import org.oas.tip.registry.mapping.CycleView;
import org.oas.tip.registry.mapping.InstrumentView;
import org.oas.tip.registry.mapping.ViewShape;
import org.oas.tip.registry.repository.InstrumentCycleRepository;
import org.oas.tip.registry.repository.InstrumentFilter;
import org.oas.tip.registry.repository.InstrumentRepository;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Version reads (asOf, cycle) written from the versions' renderings (see {@link VersionRenderer}): the same page as
 * {@link InstrumentService#list}, byte for byte, without parsing and serializing each stored version again. A version
 * without a rendering of this build's view shape is read as before. Also writes the JSON Lines export of any read.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class VersionPages {

    /** A page as {@link InstrumentService.Page} writes it, its items already written. */
    public record Page(List<RawValue> items, String next) {
    }

    /** Items read at once by a JSON Lines read: the most it holds in memory; each batch is flushed once written. */
    static final int LINES_BATCH = 200;

    private final InstrumentRepository instruments;
    private final InstrumentCycleRepository cycleRows;
    private final VersionRenderer renderer;
    private final ObjectMapper json;
    private final InstrumentService views;

    public VersionPages(InstrumentRepository instruments, InstrumentCycleRepository cycleRows, VersionRenderer renderer,
                        ObjectMapper json, InstrumentService views) {
        this.views = views;
        this.instruments = instruments;
        this.cycleRows = cycleRows;
        this.renderer = renderer;
        this.json = json;
    }

    /** A page of a version read ({@link InstrumentFilter#readsVersions()}) and the cursor of the next one. */
    public Page list(InstrumentFilter filter, String cursor, int limit) {
        Texts texts = read(filter, cursor, limit);
        return new Page(texts.items().stream().map(RawValue::new).toList(), texts.next());
    }

    /**
     * Every item of a read, one JSON text a line (the list's items, byte for byte: a version read's from the renderings,
     * another read's as {@link InstrumentService#list} gives them), read {@value #LINES_BATCH} at a time by the list's
     * keyset and written as read: neither side holds the whole read.
     */
    public void writeLines(InstrumentFilter filter, Writer out) throws IOException {
        String cursor = null;
        do {
            Texts texts = filter.readsVersions() ? read(filter, cursor, LINES_BATCH) : current(filter, cursor);
            for (String item : texts.items()) {
                out.write(item);
                out.write('\n');
            }
            out.flush();
            cursor = texts.next();
        } while (cursor != null);
    }

    /** Items written as JSON texts, and the cursor after them. */
    private record Texts(List<String> items, String next) {
    }

    /** A batch of a read that is not a version read, written as the list writes its views. */
    private Texts current(InstrumentFilter filter, String cursor) {
        InstrumentService.Page page = views.list(filter, cursor, LINES_BATCH);
        return new Texts(page.items().stream().map(renderer::write).toList(), page.next());
    }

    private Texts read(InstrumentFilter filter, String cursor, int limit) {
        List<InstrumentRepository.VersionRow> rows = instruments.pageVersions(filter, PageRequest.afterId(cursor), limit + 1, ViewShape.CURRENT);
        boolean more = rows.size() > limit;
        List<InstrumentRepository.VersionRow> shown = more ? rows.subList(0, limit) : rows;
        Map<Long, List<InstrumentCycle>> cycles = cycleRows.readOf(shown.stream().map(InstrumentRepository.VersionRow::id).toList());
        List<String> items = shown.stream().map(r -> item(r,
                cycles.getOrDefault(r.id(), List.of()).stream().map(CycleView::of).toList(), filter)).toList();
        return new Texts(items, more ? PageRequest.cursorAfter(shown.get(shown.size() - 1).id()) : null);
    }

    /** One item; the cycle entry shows who attached it only to those who may read the instrument's history. */
    private String item(InstrumentRepository.VersionRow row, List<CycleView> cycles, InstrumentFilter filter) {
        InstrumentCycleRepository.WithOrigin w = row.entry();
        if (row.rendered() != null) {
            CycleEntry entry = w == null ? null : CycleEntry.of(w.row(), w.origin(), filter.seesRestrictedOf(row.country()));
            return renderer.item(row.rendered(), row.cyclesAt(), cycles, entry);
        }
        InstrumentView view = read(row.data()).withCycles(cycles);
        return renderer.write(w == null ? view : view.withCycleEntry(CycleEntry.of(w.row(), w.origin(), filter.seesRestrictedOf(view.country()))));
    }

    private InstrumentView read(String stored) {
        try {
            return json.readValue(stored, InstrumentView.class);
        } catch (IOException e) {
            throw new IllegalStateException("a stored instrument document is not readable JSON", e);
        }
    }
}
