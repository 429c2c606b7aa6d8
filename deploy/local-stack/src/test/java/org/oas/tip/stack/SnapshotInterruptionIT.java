package org.oas.tip.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The analytics' snapshot job when a source dies while the job reads it: it ends FAILED with the reason (or DONE when
 * the source answers again in time), never stays RUNNING, never leaves a snapshot without all its results, and a new job
 * once the source is back gives exactly the figures of before. To catch the job mid-read whatever the size of the cycle,
 * the source is paused (SIGSTOP: connections open, nothing answered) before the job starts, so that the job waits on it
 * at a known point, and then killed (SIGKILL) or resumed; the analytics service itself is killed the same way.
 */
@ExtendWith(RunningStack.class)
class SnapshotInterruptionIT {

    private static final String CYCLE = "2015-2018";
    /**
     * How long a job may take to end: a source's death is seen at once (the connection is reset), but a job on a service
     * just restarted, still cold, takes a few seconds on a loaded machine.
     */
    private static final Duration END_BOUND = Duration.ofSeconds(60);

    private static Map<String, JsonNode> reference;

    private final DirectClient analytics = new DirectClient(RunningStack.config().analyticsPort(),
            RunningStack.clientToken("oas-system", "local-dev-secret-oas-system"));

    @Test
    void aJobWhoseRegistryHangsAndAnswersAgainInTimeCompletesWithTheSameFigures() {
        Map<String, JsonNode> before = reference();
        RunningStack.control("pause", "registry-service");
        long job;
        int pages;
        try {
            assertTrue(RunningStack.status("registry-service").startsWith("paused"), RunningStack.status("registry-service"));
            job = start();
            pages = awaitHeld(job);
            Http.sleep(Duration.ofSeconds(2));
        } finally {
            RunningStack.control("resume", "registry-service");
        }
        long resumedAt = System.nanoTime();
        JsonNode done = awaitEnd(job);
        System.out.printf("[durability] snapshot job, registry paused at page %d and resumed: %s %.1f s after the resume%n", pages,
                done.path("status").asText(), DurableCycles.since(resumedAt));
        assertEquals("DONE", done.path("status").asText(), "the registry answered again within the read timeout: " + done);
        assertEquals(before, figures(done.path("snapshotId").asLong()), "the same figures as before");
        assertWholeSnapshotsOnly();
    }

    @Test
    void aJobWhoseRegistryIsKilledFailsWithTheReasonStoresNothingAndANewJobGivesTheSameFigures() {
        interruptedBy("registry-service");
    }

    @Test
    void aJobWhoseQuestionnaireServiceIsKilledFailsWithTheReasonStoresNothingAndANewJobGivesTheSameFigures() {
        interruptedBy("questionnaire-service");
    }

    @Test
    void aJobWhoseOwnServiceIsKilledIsFailedWhenItStartsAgainNeverLeftRunning() {
        Map<String, JsonNode> before = reference();
        int snapshots = snapshotCount();
        RunningStack.control("pause", "registry-service");
        long job;
        int pages;
        try {
            job = start();
            pages = awaitHeld(job);
            RunningStack.control("kill", "analytics-service");
        } finally {
            RunningStack.control("resume", "registry-service");
        }
        long killedAt = System.nanoTime();
        RunningStack.control("start", "analytics-service");
        double ready = DurableCycles.since(killedAt);
        JsonNode failed = awaitEnd(job);
        assertEquals("FAILED", failed.path("status").asText(), "a job cut off by its service's death is failed when it starts: " + failed);
        assertTrue(failed.path("error").asText().contains("Interrupted"), "with the reason: " + failed);
        assertEquals(snapshots, snapshotCount(), "the interrupted job stored no snapshot");
        long again = System.nanoTime();
        JsonNode done = awaitEnd(start());
        System.out.printf("[durability] snapshot job, analytics-service killed at page %d: FAILED (\"%s\") once it was healthy again"
                        + " %.1f s later; a new job %s in %.1f s%n", pages, failed.path("error").asText(), ready,
                done.path("status").asText(), DurableCycles.since(again));
        assertEquals("DONE", done.path("status").asText(), done.toString());
        assertEquals(before, figures(done.path("snapshotId").asLong()), "the same figures as before");
        assertWholeSnapshotsOnly();
    }

    /** The source paused under a job, then killed: the job fails at once with the reason; restarted, a new job is as before. */
    private void interruptedBy(String source) {
        Map<String, JsonNode> before = reference();
        int snapshots = snapshotCount();
        RunningStack.control("pause", source);
        long job;
        int pages;
        long killedAt;
        try {
            job = start();
            pages = awaitHeld(job);
            killedAt = System.nanoTime();
            RunningStack.control("kill", source);
        } catch (RuntimeException | Error e) {
            RunningStack.control("resume", source);
            throw e;
        }
        JsonNode failed;
        double failedAfter;
        try {
            failed = awaitEnd(job);
            failedAfter = DurableCycles.since(killedAt);
        } finally {
            RunningStack.control("start", source);
        }
        long backAt = System.nanoTime();
        JsonNode done = awaitEnd(start());
        System.out.printf("[durability] snapshot job, %s killed at page %d: %s %.1f s after the kill (\"%s\"), no snapshot stored: %s;"
                        + " %s healthy again %.1f s after the kill, a new job %s %.1f s after that%n", source, pages,
                failed.path("status").asText(), failedAfter, failed.path("error").asText(), snapshots == snapshotCount() - 1 ? "yes" : "NO",
                source, (backAt - killedAt) / 1e9, done.path("status").asText(), DurableCycles.since(backAt));
        assertEquals("FAILED", failed.path("status").asText(), "the job failed when " + source + " died: " + failed);
        String reason = failed.path("error").asText();
        assertTrue(reason.startsWith(source.replace("-service", "")), "the reason names the source: " + failed);
        assertFalse(reason.contains("java.") || reason.contains("Exception"), "in words, no Java names: " + failed);
        assertTrue(failed.path("snapshotId").isNull() || failed.path("snapshotId").isMissingNode(), "and no snapshot: " + failed);
        assertEquals("DONE", done.path("status").asText(), "a new job once " + source + " is back: " + done);
        assertEquals(snapshots + 1, snapshotCount(), "the failed job stored nothing, the new one its snapshot");
        assertEquals(before, figures(done.path("snapshotId").asLong()), "the same figures as before");
        assertWholeSnapshotsOnly();
    }

    /** The figures of a snapshot taken with every source up, once for the class. */
    private Map<String, JsonNode> reference() {
        synchronized (SnapshotInterruptionIT.class) {
            if (reference == null) {
                JsonNode done = awaitEnd(start());
                assertEquals("DONE", done.path("status").asText(), done.toString());
                reference = figures(done.path("snapshotId").asLong());
            }
            return reference;
        }
    }

    private long start() {
        return analytics.call("POST", "/api/analytics/v1/cycles/" + CYCLE + "/snapshots", null).expect(202, "snapshot job")
                .json().path("id").asLong();
    }

    private JsonNode job(long id) {
        return analytics.call("GET", "/api/analytics/v1/snapshot-jobs/" + id, null).expect(200, "snapshot job " + id).json();
    }

    /** Waits until the job is RUNNING and has read no page for a second (it waits on the paused source); gives its page count. */
    private int awaitHeld(long id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        int pages = -1;
        long sameSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            JsonNode j = job(id);
            assertFalse(j.path("status").asText().matches("DONE|FAILED"), "the job should wait on the paused source: " + j);
            int now = j.path("pagesFetched").asInt();
            if (now != pages || !j.path("status").asText().equals("RUNNING")) {
                pages = now;
                sameSince = System.nanoTime();
            } else if (System.nanoTime() - sameSince > Duration.ofSeconds(1).toNanos()) {
                return pages;
            }
            Http.sleep(Duration.ofMillis(100));
        }
        throw new AssertionError("the job never settled waiting on the paused source: " + job(id));
    }

    /** Follows the job until it is DONE or FAILED, within {@link #END_BOUND}: never left RUNNING. */
    private JsonNode awaitEnd(long id) {
        long deadline = System.nanoTime() + END_BOUND.toNanos();
        JsonNode j = job(id);
        while (!j.path("status").asText().matches("DONE|FAILED") && System.nanoTime() < deadline) {
            Http.sleep(Duration.ofMillis(200));
            j = job(id);
        }
        assertTrue(j.path("status").asText().matches("DONE|FAILED"), "the job ended within " + END_BOUND.toSeconds() + " s: " + j);
        assertNotNull(j.path("finishedAt").textValue(), "an ended job says when: " + j);
        return j;
    }

    /** Every indicator's result without what names the snapshot (its id and time), by code. */
    private Map<String, JsonNode> figures(long snapshot) {
        Map<String, JsonNode> figures = new TreeMap<>();
        for (JsonNode r : analytics.call("GET", "/api/analytics/v1/snapshots/" + snapshot + "/indicators", null).expect(200, "results").json()) {
            ObjectNode result = ((ObjectNode) r).deepCopy();
            result.remove("snapshotId");
            result.remove("takenAt");
            figures.put(result.path("code").asText(), result);
        }
        assertFalse(figures.isEmpty(), "the snapshot has results");
        return figures;
    }

    private int snapshotCount() {
        return queryInt("select count(*) from snapshot where cycle = '" + CYCLE + "'");
    }

    /** No snapshot of the database without every result, and no job left QUEUED or RUNNING. */
    private void assertWholeSnapshotsOnly() {
        int results = reference.size();
        assertEquals(0, queryInt("select count(*) from snapshot s where s.cycle = '" + CYCLE + "' and "
                + "(select count(*) from indicator_result r where r.snapshot_id = s.id) <> " + results), "every snapshot has its " + results + " results");
        assertEquals(0, queryInt("select count(*) from snapshot_job where status in ('QUEUED', 'RUNNING')"), "no job left unfinished");
    }

    private static int queryInt(String sql) {
        String url = "jdbc:postgresql://localhost:" + RunningStack.config().postgresPort() + "/analytics";
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
