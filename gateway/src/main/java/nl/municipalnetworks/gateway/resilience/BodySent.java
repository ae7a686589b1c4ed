package nl.municipalnetworks.gateway.resilience;

import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * The caller's request body as the proxy reads it, unchanged, telling when it has all been read (so: handed to the
 * service). Succeeds at its end, fails when the caller's upload breaks off.
 */
final class BodySent implements ReadStream<Buffer> {

    private final ReadStream<Buffer> body;
    private final Promise<Void> sent;

    BodySent(ReadStream<Buffer> body, Promise<Void> sent) {
        this.body = body;
        this.sent = sent;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        body.exceptionHandler(failure -> {
            sent.tryFail(failure);
            if (handler != null) {
                handler.handle(failure);
            }
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        body.handler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        body.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        body.resume();
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        body.fetch(amount);
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> handler) {
        body.endHandler(end -> {
            sent.tryComplete();
            if (handler != null) {
                handler.handle(end);
            }
        });
        return this;
    }
}
