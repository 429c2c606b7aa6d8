package org.oas.tip.defaults;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts a service with Quarkus' own check of the request URI turned off: that check answers a malformed URI (a bad
 * percent-encoding, a character URIs do not allow) with a bare 400 before any route runs, without problem+json or
 * request id. {@link HttpChecks} makes the same check and answers as every other refusal. Tests set the same system
 * property from the root pom, since {@code @QuarkusTest} does not start through a main class.
 */
@QuarkusMain
public class ServiceMain {

    /** Read by Quarkus when it builds its root request handler, at start. */
    static final String DISABLE_URI_VALIDATION = "vertx.disableURIValidation";

    public static void main(String... args) {
        System.setProperty(DISABLE_URI_VALIDATION, "true");
        Quarkus.run(args);
    }
}
