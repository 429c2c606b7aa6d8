package org.oas.tip.defaults;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.MDC;

/** Puts the gateway's X-Request-Id into the logging context, so every log line of a request names it. */
public class RequestIdLogging {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";

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
