package nl.municipalnetworks.gateway.conditional;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * Reads a body into memory up to a limit. A body that ends within the limit is {@link Read#whole() whole}; one that
 * goes beyond it stops being read there and is handed back as a stream that gives the part already read and then the
 * rest, unchanged, so that it can be passed on as it came.
 */
final class BodyReader {

    /** Either the whole body, or (too large) the stream to pass on. */
    record Read(Buffer whole, ReadStream<Buffer> tooLarge) {
    }

    private BodyReader() {
    }

    static Future<Read> read(ReadStream<Buffer> stream, long limit) {
        Promise<Read> promise = Promise.promise();
        Buffer content = Buffer.buffer();
        stream.exceptionHandler(promise::tryFail);
        stream.endHandler(v -> promise.tryComplete(new Read(content, null)));
        stream.handler(chunk -> {
            if (promise.future().isComplete()) {
                return;
            }
            content.appendBuffer(chunk);
            if (content.length() > limit) {
                stream.pause();
                stream.handler(null);
                stream.endHandler(null);
                stream.exceptionHandler(null);
                promise.tryComplete(new Read(null, new Replay(content, stream)));
            }
        });
        stream.resume();
        return promise.future();
    }

    /** The part read so far, then the rest of the stream. */
    static final class Replay implements ReadStream<Buffer> {

        private Buffer prefix;
        private final ReadStream<Buffer> rest;
        private Handler<Buffer> handler;
        private boolean paused = true;

        Replay(Buffer prefix, ReadStream<Buffer> rest) {
            this.prefix = prefix;
            this.rest = rest;
        }

        @Override
        public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
            rest.exceptionHandler(handler);
            return this;
        }

        @Override
        public ReadStream<Buffer> handler(Handler<Buffer> handler) {
            this.handler = handler;
            rest.handler(handler);
            return this;
        }

        @Override
        public ReadStream<Buffer> pause() {
            paused = true;
            rest.pause();
            return this;
        }

        @Override
        public ReadStream<Buffer> resume() {
            return fetch(Long.MAX_VALUE);
        }

        @Override
        public ReadStream<Buffer> fetch(long amount) {
            paused = false;
            if (prefix != null && handler != null) {
                Buffer first = prefix;
                prefix = null;
                handler.handle(first);
                amount = amount == Long.MAX_VALUE ? amount : amount - 1;
            }
            if (!paused && amount > 0) {
                if (amount == Long.MAX_VALUE) {
                    rest.resume();
                } else {
                    rest.fetch(amount);
                }
            }
            return this;
        }

        @Override
        public ReadStream<Buffer> endHandler(Handler<Void> endHandler) {
            rest.endHandler(endHandler);
            return this;
        }
    }
}
