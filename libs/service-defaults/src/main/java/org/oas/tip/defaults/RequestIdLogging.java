package org.oas.tip.defaults;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.MDC;

/** Puts the gateway's X-Request-Id into the logging context, so every log line of a request names it. */
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

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String id = rc.request().getHeader(HEADER);
            if (id != null && id.length() <= 128) {
                MDC.put(MDC_KEY, id);
            } else {
                MDC.remove(MDC_KEY);
            }
            rc.next();
        }, 10);
    }
}
