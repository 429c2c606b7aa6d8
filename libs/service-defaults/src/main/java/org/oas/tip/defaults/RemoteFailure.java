package org.oas.tip.defaults;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.jboss.logging.Logger;

/**
 * What went wrong calling another service, in words a problem's {@code detail} can carry (no Java names, which would
 * make {@link ProblemShape} replace the whole detail); the exception itself goes to the log with the request id.
 */
public final class RemoteFailure {

    private static final Logger LOG = Logger.getLogger(RemoteFailure.class);

    private RemoteFailure() {
    }

    /** "it answered HTTP 500", "it could not be reached or broke off the connection" or "it failed". */
    public static String words(String service, RuntimeException e) {
        LOG.warnf("Calling %s failed: %s", service, e.toString());
        if (e instanceof WebApplicationException w && w.getResponse() != null) {
            return "it answered HTTP " + w.getResponse().getStatus();
        }
        if (e instanceof ProcessingException) {
            return "it could not be reached or broke off the connection";
        }
        return "it failed";
    }
}
