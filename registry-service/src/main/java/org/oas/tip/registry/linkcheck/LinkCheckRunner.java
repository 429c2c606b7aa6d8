package org.oas.tip.registry.linkcheck;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;
import org.oas.tip.defaults.Caller;

import java.util.concurrent.RejectedExecutionException;

/**
 * Starts accepted link-check jobs in the background, one at a time, on a managed executor that carries no request
 * context: the request that started a job answers 202 at once and is long gone when the job ends.
 */
@ApplicationScoped
public class LinkCheckRunner {

    private static final Logger LOG = Logger.getLogger(LinkCheckRunner.class);

    private final LinkCheckService service;
    private final LinkCheckProgress progress;
    private final LinkProber prober;
    private final AllowedHosts hosts;
    private final LinkCheckConfig config;
    private ManagedExecutor executor;

    public LinkCheckRunner(LinkCheckService service, LinkCheckProgress progress, LinkProber prober, AllowedHosts hosts,
                           LinkCheckConfig config) {
        this.service = service;
        this.progress = progress;
        this.prober = prober;
        this.hosts = hosts;
        this.config = config;
    }

    @PostConstruct
    void createExecutor() {
        executor = ManagedExecutor.builder().maxAsync(1).propagated(ThreadContext.NONE).cleared(ThreadContext.ALL_REMAINING).build();
    }

    @PreDestroy
    void stopExecutor() {
        executor.shutdownNow();
    }

    void failInterruptedJobs(@Observes StartupEvent start) {
        int failed = progress.failInterrupted();
        if (failed > 0) {
            LOG.warnf("%d link-check job(s) were left active by a stopped process and are now FAILED", failed);
        }
    }

    /** Accepts a job (see {@link LinkCheckService#accept}) and runs it in the background. */
    public LinkCheckView start(String country, Caller caller) {
        LinkCheckView job = service.accept(country, caller);
        try {
            executor.runAsync(() -> run(job.id()));
        } catch (RejectedExecutionException e) {
            progress.finish(job.id(), LinkCheck.Status.FAILED, "the service is stopping");
            throw HttpProblem.builder().withStatus(Response.Status.SERVICE_UNAVAILABLE).withTitle("Service Unavailable")
                    .withDetail("The service is stopping; start the link check again in a moment").build();
        }
        return job;
    }

    private void run(long jobId) {
        try {
            LinkCheckProgress.Run run = progress.begin(jobId);
            LOG.infof("link check %d started by %s over %s", jobId, run.caller().subject(),
                    run.country() == null ? "every country" : run.country());
            new LinkCheckPass(run, progress, prober, hosts, config).run();
            progress.finish(jobId, LinkCheck.Status.DONE, null);
            LOG.infof("link check %d done", jobId);
        } catch (InterruptedException e) {
            fail(jobId, "interrupted: the service stopped while the job ran", e);
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            fail(jobId, "the job stopped on an unexpected error; the service log has the details", e);
        }
    }

    private void fail(long jobId, String reason, Exception cause) {
        LOG.errorf(cause, "link check %d failed", jobId);
        try {
            progress.finish(jobId, LinkCheck.Status.FAILED, reason);
        } catch (RuntimeException e) {
            // the database is gone too (shutting down); the next start fails the job instead
            LOG.warnf("link check %d could not be marked failed: %s", jobId, e.getMessage());
        }
    }
}
