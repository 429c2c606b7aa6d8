package org.oas.tip.analytics.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.oas.tip.analytics.StoredIndicatorResult;
import org.oas.tip.analytics.StoredSnapshot;
import org.oas.tip.analytics.chart.ChartRenderer;
import org.oas.tip.analytics.indicator.Catalogue;
import org.oas.tip.analytics.indicator.IndicatorChange;
import org.oas.tip.analytics.indicator.IndicatorDefinition;
import org.oas.tip.analytics.indicator.IndicatorResult;
import org.oas.tip.analytics.indicator.Progress;
import org.oas.tip.analytics.indicator.Respondents;
import org.oas.tip.analytics.indicator.ReferenceCheck;
import org.oas.tip.analytics.indicator.ReferenceSet;
import org.oas.tip.analytics.indicator.Snapshot;
import org.oas.tip.analytics.mapping.DataQualityView;
import org.oas.tip.analytics.mapping.ProgressView;
import org.oas.tip.analytics.mapping.ResultView;
import org.oas.tip.analytics.mapping.SdgView;
import org.oas.tip.analytics.mapping.SnapshotScope;
import org.oas.tip.analytics.mapping.SnapshotView;
import org.oas.tip.analytics.repository.IndicatorResultRepository;
import org.oas.tip.analytics.repository.SnapshotRepository;
import org.oas.tip.analytics.repository.SnapshotSummary;
import org.oas.tip.analytics.sdg.Sdg1622;
import org.oas.tip.analytics.sdg.SdgResult;
import org.oas.tip.analytics.sdg.SdgSeries;
import org.oas.tip.defaults.Problems;

import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads stored snapshots and the indicator results computed on them; nothing here changes a snapshot. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SnapshotService {

    private final SnapshotRepository snapshots;
    private final IndicatorResultRepository results;
    private final ObjectMapper json;

    public SnapshotService(SnapshotRepository snapshots, IndicatorResultRepository results, ObjectMapper json) {
        this.snapshots = snapshots;
        this.results = results;
        this.json = json;
    }

    public List<SnapshotView> list(String cycle) {
        return snapshots.search(cycle).stream()
                .map(s -> new SnapshotView(s.id(), s.cycle(), s.takenAt(), s.instrumentCount(), s.answerCount(),
                        s.rawAnswerCount(), null, null)).toList();
    }

    public SnapshotView get(long id) {
        StoredSnapshot s = snapshot(id);
        Snapshot content = read(s.content, Snapshot.class);
        return new SnapshotView(s.id, s.cycle, s.takenAt, s.instrumentCount, s.answerCount, s.rawAnswerCount,
                SnapshotScope.of(content), content);
    }

    /** Every result of the snapshot, in the catalogue's order. */
    public List<ResultView> results(long id) {
        SnapshotSummary s = summary(id);
        return ordered(results.ofSnapshot(id)).stream().map(r -> ResultView.of(s.id(), s.takenAt(), r)).toList();
    }

    public ResultView result(long id, String code) {
        SnapshotSummary s = summary(id);
        StoredIndicatorResult row = results.find(id, code)
                .orElseThrow(() -> Problems.notFound("Indicator " + code + " of snapshot " + id));
        return ResultView.of(s.id(), s.takenAt(), read(row.result, IndicatorResult.class));
    }

    /** The chart of one result as an SVG document, with the full drill-down behind it. */
    public String chart(long id, String code) {
        summary(id);
        IndicatorDefinition d = Catalogue.standard().find(code).orElseThrow(() -> Problems.notFound("Indicator " + code));
        StoredIndicatorResult row = results.find(id, code)
                .orElseThrow(() -> Problems.notFound("Indicator " + code + " of snapshot " + id));
        return ChartRenderer.document(d, read(row.result, IndicatorResult.class));
    }

    /** SDG 16.2.2 on the snapshot as reported: every count, none suppressed (this output needs a role). */
    public SdgView sdg(long id) {
        StoredSnapshot s = snapshot(id);
        Snapshot content = read(s.content, Snapshot.class);
        return SdgView.of(s.id, s.takenAt, null, Sdg1622.compute(content.detectedVictims(), content.populations()));
    }

    /** SDG 16.2.2 on the snapshot summed up to the SDG series (the SDMX export), unsuppressed like {@link #sdg}. */
    public SdgResult sdgSeries(long id) {
        Snapshot content = read(snapshot(id).content, Snapshot.class);
        return SdgSeries.of(Sdg1622.compute(content.detectedVictims(), content.populations()));
    }

    /** Each indicator of the snapshot against the same one of an earlier snapshot; {@code all} keeps those that did not move. */
    public ProgressView progress(long id, long since, boolean all) {
        SnapshotSummary now = summary(id);
        SnapshotSummary before = snapshots.summary(since)
                .orElseThrow(() -> Problems.invalidParameter("since", "no snapshot " + since));
        Respondents respondents = Respondents.of(content(since).respondents(), content(id).respondents());
        List<IndicatorChange> changes = Progress.compare(ordered(results.ofSnapshot(since)), ordered(results.ofSnapshot(id)),
                respondents).stream().filter(c -> all || c.changed()).toList();
        return new ProgressView(now.id(), now.cycle(), now.takenAt(), before.id(), before.cycle(), before.takenAt(), respondents,
                changes);
    }

    /** The frozen content of a snapshot, as the engine reads it. */
    public Snapshot content(long id) {
        return read(snapshot(id).content, Snapshot.class);
    }

    /** Every result of the snapshot as computed, in the catalogue's order. */
    public List<IndicatorResult> computed(long id) {
        summary(id);
        return ordered(results.ofSnapshot(id));
    }

    /** The printed figures of the cycle's report that the snapshot's results do not reproduce, and its self-contradictions. */
    public DataQualityView dataQuality(long id) {
        SnapshotSummary s = summary(id);
        var reference = ReferenceSet.of(s.cycle());
        if (reference.isEmpty()) {
            return new DataQualityView(s.id(), s.takenAt(), s.cycle(), null, 0, List.of(), List.of());
        }
        List<IndicatorResult> computed = ordered(results.ofSnapshot(id));
        var checks = ReferenceCheck.check(computed, reference.get());
        return new DataQualityView(s.id(), s.takenAt(), s.cycle(), reference.get().source(), checks.size(),
                checks.stream().filter(c -> !c.agrees()).map(DataQualityView.Disagreement::of).toList(),
                reference.get().contradictions().stream().map(DataQualityView.SelfContradiction::of).toList());
    }

    /** The snapshot without its content; 404 when there is none. */
    public SnapshotSummary summary(long id) {
        return snapshots.summary(id).orElseThrow(() -> Problems.notFound("Snapshot " + id));
    }

    private StoredSnapshot snapshot(long id) {
        return snapshots.findByIdOptional(id).orElseThrow(() -> Problems.notFound("Snapshot " + id));
    }

    private List<IndicatorResult> ordered(List<StoredIndicatorResult> rows) {
        Map<String, Integer> order = catalogueOrder();
        return rows.stream().map(r -> read(r.result, IndicatorResult.class))
                .sorted(Comparator.comparing(r -> order.getOrDefault(r.code(), Integer.MAX_VALUE))).toList();
    }

    private static Map<String, Integer> catalogueOrder() {
        var all = Catalogue.standard().all();
        return all.stream().collect(Collectors.toMap(d -> d.code(), all::indexOf, (a, b) -> a));
    }

    private <T> T read(String content, Class<T> type) {
        try {
            return json.readValue(content, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
