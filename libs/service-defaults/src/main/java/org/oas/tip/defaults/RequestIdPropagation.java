package org.oas.tip.defaults;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.MDC;

/**
 * Passes the request id of the call being served (or of the job it started) on every call to another service, so one
 * id finds a call in every log it touched: the analytics' reads of the registry and the questionnaire service, the
 * questionnaire service's publications. A call that names its own id keeps it.
 */
@Provider
public class RequestIdPropagation implements ClientRequestFilter {

    @Override
    public void filter(ClientRequestContext request) {
        Object id = MDC.get(RequestIdLogging.MDC_KEY);
        if (id != null && !request.getHeaders().containsKey(RequestIdLogging.HEADER)) {
            request.getHeaders().putSingle(RequestIdLogging.HEADER, id.toString());
        }
    }
}
