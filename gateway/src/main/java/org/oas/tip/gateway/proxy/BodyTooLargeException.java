package org.oas.tip.gateway.proxy;

import io.vertx.core.VertxException;

/** Raised when a streamed request body passes the configured maximum size. */
final class BodyTooLargeException extends VertxException {

    BodyTooLargeException(long limit) {
        super("Request body larger than " + limit + " bytes", true);
    }
}
