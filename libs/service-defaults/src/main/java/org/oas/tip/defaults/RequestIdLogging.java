package org.oas.tip.defaults;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.MDC;

import java.util.UUID;

/**
 * Puts the request's X-Request-Id (the gateway's or the caller's, or one made here when there is none or it is not a
 * plain token of at most 128 visible characters) into the logging context, so every log line and every problem of the
 * request names it, and answers it in the response's X-Request-Id.
 */
public class RequestIdLogging {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";

    /**
     * {@code task}, to run later on another thread (a background job), with the request id of the call that hands it
     * over as its logging context, so its log lines and its calls to other services carry it; nothing is left behind on
     * the thread afterwards.
     */
    public static Runnable carrying(Runnable task) {
        String id = current();
        return () -> runAs(id, task);
    }

    /** The request id of the call being served on this thread (or of the job it runs for); null when there is none. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }

    /**
     * Runs {@code task} with {@code id} as this thread's request id (none: null), e.g. work stored by one call and done
     * later by a scheduled job, which keeps the id stored with it; nothing is left behind on the thread afterwards.
     */
    public static void runAs(String id, Runnable task) {
        if (id == null) {
            MDC.remove(MDC_KEY);
        } else {
            MDC.put(MDC_KEY, id);
        }
        try {
            task.run();
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    /** The priority of the filter: before every other filter of the services. */
    static final int PRIORITY = 1000;

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String id = requestId(rc.request().getHeader(HEADER));
            MDC.put(MDC_KEY, id);
            rc.put(MDC_KEY, id);
            rc.response().putHeader(HEADER, id);
            rc.next();
        }, PRIORITY);
    }

    /** The caller's id when it is a usable one, else a new one. */
    static String requestId(String sent) {
        if (sent != null && !sent.isEmpty() && sent.length() <= 128 && sent.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            return sent;
        }
        return UUID.randomUUID().toString();
    }
}
