package org.oas.tip.questionnaire.publication;

import org.junit.jupiter.api.RepeatedTest;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The wait between attempts: doubles from 1 s, never below 3/4 of its step, never past the ceiling. */
class BackoffTest {

    @RepeatedTest(20)
    void growsWithJitterUpToTheCeiling() {
        Duration ceiling = Duration.ofMinutes(5);
        Duration previous = Duration.ZERO;
        for (int failures = 1; failures <= 8; failures++) {
            Duration wait = Backoff.after(failures, ceiling);
            long step = 1000L << (failures - 1);
            assertTrue(wait.toMillis() <= step && wait.toMillis() >= step * 3 / 4, failures + " failures: " + wait);
            assertTrue(wait.compareTo(previous) > 0, "grows from one failure to the next");
            previous = wait;
        }
        for (int failures : new int[] {10, 20, 1000}) {
            Duration wait = Backoff.after(failures, ceiling);
            assertTrue(wait.compareTo(ceiling) <= 0 && wait.compareTo(ceiling.multipliedBy(3).dividedBy(4)) >= 0, wait.toString());
        }
    }
}
