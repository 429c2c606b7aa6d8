package org.oas.tip.questionnaire.publication;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The wait before the next attempt of a row: 1 s after the first failure, doubling up to a ceiling, with jitter so that
 * rows that failed together (the registry was down) do not all come back in the same second.
 */
final class Backoff {

    static final Duration FIRST = Duration.ofSeconds(1);

    private Backoff() {
    }

    /**
     * The wait after {@code failures} failed attempts (1 or more): between 3/4 and all of min(FIRST * 2^(failures-1),
     * ceiling), so that it still grows from one failure to the next.
     */
    static Duration after(int failures, Duration ceiling) {
        long ceilingMillis = Math.max(FIRST.toMillis(), ceiling.toMillis());
        int doublings = Math.min(Math.max(failures, 1) - 1, 30);
        long full = Math.min(FIRST.toMillis() << doublings, ceilingMillis);
        long jitter = ThreadLocalRandom.current().nextLong(full / 4 + 1);
        return Duration.ofMillis(full - jitter);
    }
}
