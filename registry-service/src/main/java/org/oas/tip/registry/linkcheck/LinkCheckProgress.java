package org.oas.tip.registry.linkcheck;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.oas.tip.defaults.Caller;
import org.oas.tip.registry.Instrument;
import org.oas.tip.registry.InstrumentChange;
import org.oas.tip.registry.mapping.InstrumentMapper;
import org.oas.tip.registry.mapping.InstrumentView;
import org.oas.tip.registry.repository.InstrumentRepository;
import org.oas.tip.registry.service.HistoryRecorder;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The writes of a running job, each in a short transaction of its own: the job's state and counters, and each
 * instrument's outcome with a history entry when whether it is found online changed.
 */
@ApplicationScoped
@Transactional
public class LinkCheckProgress {

    private final LinkCheckRepository jobs;
    private final InstrumentRepository instruments;
    private final HistoryRecorder history;

    public LinkCheckProgress(LinkCheckRepository jobs, InstrumentRepository instruments, HistoryRecorder history) {
        this.jobs = jobs;
        this.instruments = instruments;
        this.history = history;
    }

    /** What a running job needs to know: its scope, the last instrument it checks, and in whose name it writes. */
    public record Run(long jobId, String country, long lastTarget, Caller caller) {
    }

    public Run begin(long jobId) {
        LinkCheck job = jobs.findById(jobId);
        long last = jobs.lastTarget(job.country);
        job.status = LinkCheck.Status.RUNNING;
        job.total = (int) jobs.countTargets(job.country, last);
        // the job's author is an administrator: the service refused anyone else
        return new Run(jobId, job.country, last, new Caller(job.startedBy, job.client, Set.of("tip-admin"), job.actorCountry));
    }

    public List<LinkTarget> targets(Run run, long afterId, int limit) {
        return jobs.targets(run.country(), afterId, run.lastTarget(), limit);
    }

    public void record(Run run, List<LinkOutcome> outcomes) {
        LinkCheck job = jobs.findById(run.jobId());
        OffsetDateTime now = OffsetDateTime.now();
        for (LinkOutcome outcome : outcomes) {
            job.count(outcome.result());
            if (outcome.result() != LinkOutcome.Result.SKIPPED) {
                store(outcome, now, run.caller());
            }
        }
    }

    /** DONE or FAILED; a finished job's total is what it went through (instruments may have gone meanwhile). */
    public void finish(long jobId, LinkCheck.Status status, String error) {
        LinkCheck job = jobs.findById(jobId);
        job.status = status;
        job.finishedAt = OffsetDateTime.now();
        job.error = error;
        if (status == LinkCheck.Status.DONE) {
            job.total = job.checked;
        }
    }

    /** Jobs left QUEUED or RUNNING by a process that stopped would block every new job; they are failed. */
    public int failInterrupted() {
        return jobs.failActive("interrupted: the service stopped while the job was active", OffsetDateTime.now());
    }

    private void store(LinkOutcome outcome, OffsetDateTime now, Caller caller) {
        Instrument instrument = instruments.findById(outcome.instrumentId());
        if (instrument == null || !outcome.link().equals(instrument.link)) {
            return; // changed while it was checked: the outcome is about a link the instrument no longer has
        }
        boolean changed = !Objects.equals(instrument.foundOnline, outcome.foundOnline());
        InstrumentView before = changed ? InstrumentMapper.toView(instrument) : null;
        // the outcome is written by a bulk update that keeps the version; this copy only renders the history entry
        instruments.getEntityManager().detach(instrument);
        if (!jobs.recordOutcome(outcome, now) || !changed) {
            return;
        }
        instrument.foundOnline = outcome.foundOnline();
        instrument.linkStatus = outcome.status();
        instrument.linkCheckedAt = now;
        history.record(InstrumentChange.Action.LINK_CHECKED, caller, before, InstrumentMapper.toView(instrument));
    }
}
