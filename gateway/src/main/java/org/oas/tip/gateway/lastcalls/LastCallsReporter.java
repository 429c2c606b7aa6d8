package org.oas.tip.gateway.lastcalls;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

import org.oas.tip.gateway.config.GatewayConfig;

/**
 * Every {@code tip.gateway.last-calls.flush-interval}, and once at shutdown, sends the calls recorded since the last
 * report to the registry, in batches of at most {@value LastCallsClient#MAX_BATCH}; what the registry did not take is
 * kept for the next report, with one log line per failed report. Requests never wait for a report.
 */
@ApplicationScoped
public class LastCallsReporter {

    private static final Logger LOG = Logger.getLogger(LastCallsReporter.class);

    private final Vertx vertx;
    private final LastCalls lastCalls;
    private final LastCallsClient client;
    private final boolean enabled;
    private final long intervalMillis;
    private final long shutdownWaitMillis;
    private volatile long timerId = -1;
    private volatile boolean stopped;

    public LastCallsReporter(Vertx vertx, LastCallsRecorder recorder, LastCallsClient client, GatewayConfig config,
            MeterRegistry metrics) {
        this.vertx = vertx;
        this.lastCalls = recorder.lastCalls();
        this.client = client;
        this.enabled = config.lastCalls().enabled();
        this.intervalMillis = Math.max(1, config.lastCalls().flushInterval().toMillis());
        // a token request and a report, each bounded by the upstream timeout
        this.shutdownWaitMillis = 2 * config.upstreamTimeout().toMillis();
        Gauge.builder("tip.gateway.last-calls.pending", lastCalls, LastCalls::pending)
                .description("Callers recorded and not yet reported to the registry")
                .register(metrics);
        FunctionCounter.builder("tip.gateway.last-calls.dropped", lastCalls, LastCalls::dropped)
                .description("Calls not recorded because tip.gateway.last-calls.max-subjects callers were waiting")
                .register(metrics);
    }

    void start(@Observes StartupEvent event) {
        if (enabled) {
            scheduleNext();
        }
    }

    private void scheduleNext() {
        if (!stopped) {
            // the next report is planned once this one is over, so that two never overlap
            timerId = vertx.setTimer(intervalMillis, id -> report().onComplete(done -> scheduleNext()));
        }
    }

    /**
     * Sends what was recorded since the last report; completes with the number of calls the registry took, or fails
     * (after putting back what it did not take, and logging one line).
     */
    public Future<Integer> report() {
        return report("they are kept for the next report");
    }

    private Future<Integer> report(String fate) {
        List<LastCall> calls = lastCalls.drain();
        if (calls.isEmpty()) {
            return Future.succeededFuture(0);
        }
        return sendFrom(calls, 0).onFailure(failure -> LOG.warnf(
                "Could not report the last calls of %d callers to the registry (%s); %s", lastCalls.pending(),
                failure.getMessage(), fate));
    }

    private Future<Integer> sendFrom(List<LastCall> calls, int from) {
        if (from >= calls.size()) {
            return Future.succeededFuture(calls.size());
        }
        int to = Math.min(calls.size(), from + LastCallsClient.MAX_BATCH);
        return client.send(calls.subList(from, to)).transform(sent -> {
            if (sent.succeeded()) {
                return sendFrom(calls, to);
            }
            lastCalls.restore(calls.subList(from, calls.size()));
            return Future.failedFuture(sent.cause());
        });
    }

    void stop(@Observes ShutdownEvent event) {
        if (!enabled) {
            return;
        }
        stopped = true;
        vertx.cancelTimer(timerId);
        try {
            int sent = report("they are lost").toCompletionStage().toCompletableFuture()
                    .get(shutdownWaitMillis, TimeUnit.MILLISECONDS);
            LOG.debugf("Reported the last calls of %d callers to the registry at shutdown", sent);
        } catch (ExecutionException failed) {
            // already logged by the report
        } catch (TimeoutException e) {
            LOG.warnf("The registry did not take the last calls within %d ms at shutdown; they are lost", shutdownWaitMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
