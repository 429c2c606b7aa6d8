package org.oas.tip.registry.linkcheck;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * One run over the links of a job, on one thread: it pages through the instruments, keeps at most
 * {@code concurrency} requests in flight, and writes outcomes in batches, at least once a second, so that progress shows.
 */
final class LinkCheckPass {

    private static final int PAGE = 500;
    private static final int BATCH = 200;
    private static final long WRITE_EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final long WAIT_MILLIS = 200;

    private final LinkCheckProgress.Run run;
    private final LinkCheckProgress progress;
    private final LinkProber prober;
    private final AllowedHosts hosts;
    private final Semaphore slots;
    private final long stallNanos;
    private final BlockingQueue<LinkOutcome> done = new LinkedBlockingQueue<>();
    private long pending;
    private long lastWrite = System.nanoTime();

    LinkCheckPass(LinkCheckProgress.Run run, LinkCheckProgress progress, LinkProber prober, AllowedHosts hosts, LinkCheckConfig config) {
        this.run = run;
        this.progress = progress;
        this.prober = prober;
        this.hosts = hosts;
        this.slots = new Semaphore(config.concurrency());
        // every request ends by its own deadline; far past it, something is wrong and waiting longer will not help
        this.stallNanos = config.timeout().multipliedBy(2).plusSeconds(30).toNanos();
    }

    void run() throws InterruptedException {
        long after = 0;
        for (List<LinkTarget> page = progress.targets(run, after, PAGE); !page.isEmpty(); page = progress.targets(run, after, PAGE)) {
            for (LinkTarget target : page) {
                submit(target);
            }
            after = page.get(page.size() - 1).id();
        }
        long waitingSince = System.nanoTime();
        while (pending > 0) {
            if (write(true) > 0) {
                waitingSince = System.nanoTime();
            } else if (System.nanoTime() - waitingSince > stallNanos) {
                throw new IllegalStateException(pending + " link requests neither answered nor timed out");
            }
        }
    }

    private void submit(LinkTarget target) throws InterruptedException {
        pending++;
        URI uri = AllowedHosts.parse(target.link());
        if (uri == null) {
            done.add(LinkOutcome.requested(target, null)); // not a link anyone could follow
        } else if (!hosts.allows(uri)) {
            done.add(LinkOutcome.skipped(target));
        } else {
            while (!slots.tryAcquire(WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                write(false);
            }
            prober.status(uri).whenComplete((status, error) -> {
                slots.release();
                done.add(LinkOutcome.requested(target, status));
            });
        }
        if (done.size() >= BATCH || System.nanoTime() - lastWrite > WRITE_EVERY_NANOS) {
            write(false);
        }
    }

    /** Writes what has finished (after waiting a little for something, if asked); returns how many. */
    private int write(boolean wait) throws InterruptedException {
        List<LinkOutcome> batch = new ArrayList<>();
        if (wait) {
            LinkOutcome first = done.poll(WAIT_MILLIS, TimeUnit.MILLISECONDS);
            if (first == null) {
                return 0;
            }
            batch.add(first);
        }
        done.drainTo(batch, BATCH - batch.size());
        lastWrite = System.nanoTime();
        if (!batch.isEmpty()) {
            progress.record(run, batch);
            pending -= batch.size();
        }
        return batch.size();
    }
}
