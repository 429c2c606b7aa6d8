package org.oas.tip.analytics.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.oas.tip.analytics.SnapshotJob;
import org.oas.tip.analytics.StoredIndicatorResult;
import org.oas.tip.analytics.StoredSnapshot;
import org.oas.tip.analytics.client.SnapshotSources;
import org.oas.tip.analytics.indicator.Engine;
import org.oas.tip.analytics.indicator.IndicatorResult;
import org.oas.tip.analytics.indicator.Snapshot;
import org.oas.tip.analytics.mapping.SnapshotJobView;
import org.oas.tip.analytics.repository.IndicatorResultRepository;
import org.oas.tip.analytics.repository.PopulationRepository;
import org.oas.tip.analytics.repository.SnapshotJobRepository;
import org.oas.tip.analytics.repository.SnapshotRepository;
import org.oas.tip.analytics.sdg.Population;
import org.oas.tip.defaults.CycleCodes;
import org.oas.tip.defaults.Problems;
import org.oas.tip.defaults.RequestIdLogging;
import org.oas.tip.defaults.Violation;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

/** Starts snapshot jobs and runs them in the background: pull, freeze, compute every indicator, store. */
@ApplicationScoped
public class SnapshotJobService {

    private static final Logger LOG = Logger.getLogger(SnapshotJobService.class);

    private final SnapshotJobRepository jobs;
    private final SnapshotRepository snapshots;
    private final IndicatorResultRepository results;
    private final SnapshotSources sources;
    private final ManagedExecutor executor;
    private final ObjectMapper json;
    /**
     * Writes a snapshot's frozen content without its null fields (most of an instrument record's kind-specific parts):
     * a third of the text to store at 100 times the baseline; reading gives the same content (an absent field reads as
     * null), and snapshots stored with their nulls read as before.
     */
    private final ObjectWriter contentJson;
    private final PopulationRepository populations;
    private final Engine engine = new Engine();

    public SnapshotJobService(SnapshotJobRepository jobs, SnapshotRepository snapshots, IndicatorResultRepository results,
                              SnapshotSources sources, ManagedExecutor executor, ObjectMapper json,
                              PopulationRepository populations) {
        this.populations = populations;
        this.jobs = jobs;
        this.snapshots = snapshots;
        this.results = results;
        this.sources = sources;
        this.executor = executor;
        this.json = json;
        this.contentJson = json.copy().setSerializationInclusion(JsonInclude.Include.NON_NULL).writer();
    }

    /** Queues a job for the cycle; the job is committed before it runs, so its first read finds it. */
    public SnapshotJobView start(String cycle) {
        if (!CycleCodes.valid(cycle)) {
            throw Problems.invalid(List.of(new Violation("cycle", "path", CycleCodes.RULE)));
        }
        SnapshotJob job = QuarkusTransaction.requiringNew().call(() -> {
            SnapshotJob j = new SnapshotJob();
            j.cycle = cycle;
            j.status = SnapshotJob.Status.QUEUED;
            j.createdAt = Instant.now();
            jobs.persist(j);
            return j;
        });
        long id = job.id;
        // the job keeps the request id of the call that started it (in its logs and on its reads of the sources)
        executor.runAsync(RequestIdLogging.carrying(() -> run(id)));
        return SnapshotJobView.of(job);
    }

    public Optional<SnapshotJobView> find(long id) {
        return QuarkusTransaction.joiningExisting().call(() -> jobs.findByIdOptional(id).map(SnapshotJobView::of));
    }

    void run(long id) {
        String cycle = update(id, j -> j.status = SnapshotJob.Status.RUNNING).cycle;
        try {
            long start = System.nanoTime();
            Snapshot pulled = sources.pull(cycle, pages -> QuarkusTransaction.requiringNew().run(() -> jobs.countPages(id, pages)));
            long pulledAt = System.nanoTime();
            Snapshot snapshot = pulled.withPopulations(QuarkusTransaction.requiringNew().call(() -> populationFigures(pulled)));
            // the frozen content is written while the indicators are computed (tens of megabytes at 100 times the baseline)
            CompletableFuture<String> content = CompletableFuture.supplyAsync(() -> write(contentJson, snapshot), executor);
            List<IndicatorResult> computed = engine.computeAll(snapshot);
            long computedAt = System.nanoTime();
            String written = joined(content);
            long snapshotId = QuarkusTransaction.requiringNew().call(() -> store(snapshot, written, computed));
            // where the time goes, for operators and bench/analytics-snapshot.sh
            LOG.infof("snapshot job %d of cycle %s: %d instruments, pulled in %d ms, computed in %d ms, stored in %d ms", id, cycle,
                    snapshot.instruments().size(), millis(start, pulledAt), millis(pulledAt, computedAt),
                    millis(computedAt, System.nanoTime()));
            update(id, j -> {
                j.status = SnapshotJob.Status.DONE;
                j.snapshotId = snapshotId;
                j.finishedAt = Instant.now();
            });
        } catch (RuntimeException | OutOfMemoryError e) {
            // a cycle too large for the heap ends as FAILED with the reason too, once the job's data are released
            LOG.warnf("snapshot job %d of cycle %s failed: %s", id, cycle, e.getMessage());
            fail(id, outOfMemory(e) ? "The cycle's data did not fit in this service's memory; give the analytics service a"
                    + " larger heap (-Xmx)" : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static boolean outOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    private void fail(long id, String reason) {
        try {
            update(id, j -> {
                j.status = SnapshotJob.Status.FAILED;
                j.error = reason;
                j.finishedAt = Instant.now();
            });
        } catch (RuntimeException e) {
            // the job stays RUNNING until the next start marks it FAILED (recover)
            LOG.errorf(e, "could not record the failure of snapshot job %d", id);
        }
    }

    /**
     * A job runs in this process only, so one found unfinished at start-up was cut off by a stop or crash; it is failed
     * with that reason rather than left RUNNING for ever. It is not re-run: a job that brought the service down would
     * bring it down again, and taking a snapshot again is one call.
     */
    void recover(@Observes StartupEvent start) {
        int cut = QuarkusTransaction.requiringNew().call(() -> jobs.failUnfinished(
                "Interrupted: the service stopped while the job ran; take the snapshot again", Instant.now()));
        if (cut > 0) {
            LOG.warnf("%d snapshot job(s) interrupted by a restart were marked FAILED", cut);
        }
    }

    /** The figures of the country-years for which victims were reported: what SDG 16.2.2 divides by, frozen. */
    private List<Population> populationFigures(Snapshot snapshot) {
        Set<String> reported = snapshot.detectedVictims().stream().map(v -> v.country() + ":" + v.year())
                .collect(Collectors.toSet());
        return populations.search(null, null).stream().filter(f -> reported.contains(f.country + ":" + f.year))
                .map(f -> new Population(f.country, f.year, f.population, f.source)).toList();
    }

    private static String joined(CompletableFuture<String> content) {
        try {
            return content.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Stores the snapshot with its {@code content} (the snapshot written as JSON) and its computed results. */
    private long store(Snapshot snapshot, String content, List<IndicatorResult> computed) {
        StoredSnapshot s = new StoredSnapshot();
        s.cycle = snapshot.cycle();
        s.takenAt = snapshot.takenAt();
        s.content = content;
        s.instrumentCount = snapshot.instruments().size();
        s.answerCount = snapshot.codedAnswers().size();
        s.rawAnswerCount = snapshot.rawAnswers().size();
        snapshots.persist(s);
        snapshots.flush();
        for (IndicatorResult r : computed) {
            StoredIndicatorResult row = new StoredIndicatorResult();
            row.snapshotId = s.id;
            row.code = r.code();
            row.result = write(json.writer(), r);
            results.persist(row);
        }
        return s.id;
    }

    private static String write(ObjectWriter writer, Object value) {
        try {
            return writer.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SnapshotJob update(long id, java.util.function.Consumer<SnapshotJob> change) {
        return QuarkusTransaction.requiringNew().call(() -> {
            SnapshotJob j = jobs.findById(id);
            change.accept(j);
            return j;
        });
    }
}
