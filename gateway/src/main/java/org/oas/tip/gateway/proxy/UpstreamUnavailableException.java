package org.oas.tip.gateway.proxy;

import io.vertx.core.VertxException;

/** Raised when no connection to a backend could be had (refused, unresolvable, or not within the timeout). */
final class UpstreamUnavailableException extends VertxException {

    UpstreamUnavailableException(Backend backend, Throwable cause) {
        super(backend.name() + " at " + backend.url() + " is unreachable: " + cause.getMessage(), cause, true);
    }
}
