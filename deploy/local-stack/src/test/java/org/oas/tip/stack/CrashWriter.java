package org.oas.tip.stack;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One country's client while the questionnaire service is killed under it: four saves of the focal point's name (a
 * unique value each), a submission whose last patch writes a unique marker (with an Idempotency-Key unique per intended
 * submission), then a clarification asked by the secretariat (which reopens the response), until told to stop. On a
 * connection error or a 5xx it waits, re-reads the ETag and sends the same request again, with the same key; on a 412 it
 * re-reads the ETag. What it sent and what was acknowledged is kept for the check afterwards.
 */
final class CrashWriter implements Runnable {

    private static final long RETRY_PAUSE_MS = 200;

    final String country;
    final String path;
    final List<String> attemptedSaves = Collections.synchronizedList(new ArrayList<>());
    final List<String> ackedSaves = Collections.synchronizedList(new ArrayList<>());
    /** Idempotency-Key to marker, in the order sent. */
    final Map<String, String> attemptedSubmissions = Collections.synchronizedMap(new LinkedHashMap<>());
    final Map<String, String> ackedSubmissions = Collections.synchronizedMap(new LinkedHashMap<>());
    /** Refusals a correct service never gives this client (anything but 200, 201 and a 412 it re-reads after). */
    final List<String> refusals = Collections.synchronizedList(new ArrayList<>());
    volatile int connectionErrors, serverErrors, preconditionFailed, retriedSubmissionsReplayed;
    /** Acknowledgements before the kill and after the service was back. */
    volatile int ackedBeforeKill, ackedAfterRestart;

    private final DirectClient service;
    private final String cycle;
    private final AtomicBoolean stop;
    private final long giveUp;
    private final Crash crash;

    /** When the service was killed, when it was healthy again and when a write was first acknowledged after that (nanoTime, 0 until then). */
    static final class Crash {
        volatile long killedAt, readyAt;
        final AtomicLong firstAckAfterRestart = new AtomicLong();
    }

    /** Whether a submission of this client awaits its answer (the test kills the service then, to catch one in flight). */
    volatile boolean submitting;

    CrashWriter(DirectClient service, String cycle, String country, AtomicBoolean stop, long giveUp, Crash crash) {
        this.service = service;
        this.cycle = cycle;
        this.country = country;
        this.path = DurableCycles.assignment(cycle, country);
        this.stop = stop;
        this.giveUp = giveUp;
        this.crash = crash;
    }

    @Override
    public void run() {
        int seq = 0;
        int sub = 0;
        try {
            String etag = reread();
            while (!stop.get()) {
                for (int k = 0; k < 4 && !stop.get(); k++) {
                    String value = "FP " + country + " #" + (++seq);
                    attemptedSaves.add(value);
                    DirectClient.Answer r = write("PATCH", "/answers", save(value), null, etag);
                    if (r.status() == 200) {
                        ackedSaves.add(value);
                        acknowledged();
                        etag = r.etag();
                    } else {
                        refusals.add("save " + value + " -> " + r.status() + " " + r.body());
                        etag = reread();
                    }
                }
                if (stop.get()) {
                    break;
                }
                String key = cycle + "-" + country + "-sub-" + (++sub);
                String marker = "Ministerio (submission " + key + ")";
                attemptedSubmissions.put(key, marker);
                submitting = true;
                DirectClient.Answer r;
                try {
                    r = write("POST", "/submission", submission(marker), key, etag);
                } finally {
                    submitting = false;
                }
                if (r.status() == 200) {
                    ackedSubmissions.put(key, marker);
                    acknowledged();
                } else {
                    refusals.add("submission " + key + " -> " + r.status() + " " + r.body());
                }
                etag = clarify("clarification after " + key);
            }
        } catch (Exception e) {
            refusals.add("client stopped: " + e);
        }
    }

    static String save(String name) {
        return DirectClient.write(Map.of("intro", Map.of("intro.focal_point_name", name)));
    }

    static String submission(String marker) {
        return DirectClient.write(Map.of("intro", Map.of("intro.institution", marker)));
    }

    private void acknowledged() {
        long now = System.nanoTime();
        if (crash.killedAt == 0 || now < crash.killedAt) {
            ackedBeforeKill++;
        } else if (crash.readyAt != 0 && now > crash.readyAt) {
            ackedAfterRestart++;
            crash.firstAckAfterRestart.compareAndSet(0, now);
        }
    }

    /** Sends a write until it is answered for good: same request (same key) after a connection error or a 5xx. */
    private DirectClient.Answer write(String method, String suffix, String body, String key, String etag) throws Exception {
        boolean retried = false;
        while (true) {
            deadline(method + " " + suffix);
            DirectClient.Answer r;
            try {
                r = key == null
                        ? service.send(method, path + suffix, body, "If-Match", etag, "Content-Type", "application/merge-patch+json")
                        : service.send(method, path + suffix, body, "If-Match", etag, "Idempotency-Key", key, "Content-Type", "application/json");
            } catch (IOException e) {
                connectionErrors++;
                retried = true;
                Thread.sleep(RETRY_PAUSE_MS);
                etag = reread();
                continue;
            }
            if (r.status() >= 500) {
                serverErrors++;
                retried = true;
                Thread.sleep(RETRY_PAUSE_MS);
                etag = reread();
                continue;
            }
            if (r.status() == 412) {
                preconditionFailed++;
                etag = reread();
                retried = true;
                continue;
            }
            if (retried && key != null && r.status() == 200) {
                retriedSubmissionsReplayed++;
            }
            return r;
        }
    }

    /** The response's current ETag, read until the service answers. */
    String reread() throws Exception {
        while (true) {
            deadline("re-reading " + path);
            try {
                DirectClient.Answer r = service.get(path);
                if (r.status() == 200) {
                    return r.etag();
                }
                if (r.status() >= 500) {
                    serverErrors++;
                } else {
                    throw new AssertionError("GET " + path + " -> " + r.status() + " " + r.body());
                }
            } catch (IOException e) {
                connectionErrors++;
            }
            Thread.sleep(RETRY_PAUSE_MS);
        }
    }

    /** The secretariat asks a clarification (the response reopens); after a failure, looks whether it took before asking again. */
    private String clarify(String text) throws Exception {
        String body = DirectClient.write(Map.of("linkId", "intro.institution", "text", text));
        while (true) {
            deadline("clarification");
            try {
                DirectClient.Answer r = service.send("POST", path + "/clarifications", body, "Content-Type", "application/json");
                if (r.status() == 201 || r.status() == 200) {
                    return reread();
                }
                if (r.status() < 500) {
                    refusals.add("clarification -> " + r.status() + " " + r.body());
                    return reread();
                }
                serverErrors++;
            } catch (IOException e) {
                connectionErrors++;
            }
            Thread.sleep(RETRY_PAUSE_MS);
            while (true) {
                deadline("clarification");
                try {
                    DirectClient.Answer g = service.get(path);
                    if (g.status() == 200) {
                        if ("CLARIFICATION_REQUESTED".equals(g.json().path("status").asText())) {
                            return g.etag();
                        }
                        break;
                    }
                } catch (IOException e) {
                    connectionErrors++;
                }
                Thread.sleep(RETRY_PAUSE_MS);
            }
        }
    }

    private void deadline(String what) {
        if (System.nanoTime() > giveUp) {
            throw new IllegalStateException("gave up: " + what + " not answered in time");
        }
    }
}
