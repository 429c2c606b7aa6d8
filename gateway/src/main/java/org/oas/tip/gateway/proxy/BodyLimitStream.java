package org.oas.tip.gateway.proxy;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * A request body on its way to the backend that fails with {@link BodyTooLargeException} once more than the limit has
 * passed, and drops whatever the client sends after that.
 */
final class BodyLimitStream implements ReadStream<Buffer> {

    private final ReadStream<Buffer> delegate;
    private final long limit;
    private long received;
    private boolean exceeded;
    private Handler<Buffer> dataHandler;
    private Handler<Throwable> exceptionHandler;

    BodyLimitStream(ReadStream<Buffer> delegate, long limit) {
        this.delegate = delegate;
        this.limit = limit;
    }

    /** Whether the body went over the limit. */
    boolean exceeded() {
        return exceeded;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        this.dataHandler = handler;
        delegate.handler(this::onData);
        return this;
    }

    private void onData(Buffer chunk) {
        if (exceeded) {
            return;
        }
        received += chunk.length();
        if (received > limit) {
            exceeded = true;
            if (exceptionHandler != null) {
                exceptionHandler.handle(new BodyTooLargeException(limit));
            }
            return;
        }
        if (dataHandler != null) {
            dataHandler.handle(chunk);
        }
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        this.exceptionHandler = handler;
        delegate.exceptionHandler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> handler) {
        delegate.endHandler(handler == null ? null : end -> {
            if (!exceeded) {
                handler.handle(end);
            }
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        delegate.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        delegate.resume();
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        delegate.fetch(amount);
        return this;
    }
}
