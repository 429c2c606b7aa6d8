package org.oas.tip.gateway;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the gateway with Quarkus' own check of the request URI turned off: that check answers a malformed URI (a bad
 * percent-encoding, a character URIs do not allow) with a bare 400 before any route runs, and the gateway's
 * {@code RequestLimits} makes the same check with a problem+json answer and the request id.
 */
@QuarkusMain
public class GatewayMain {

    /** Read by Quarkus when it builds its root request handler, at start. */
    static final String DISABLE_URI_VALIDATION = "vertx.disableURIValidation";

    public static void main(String... args) {
        System.setProperty(DISABLE_URI_VALIDATION, "true");
        Quarkus.run(args);
    }
}
