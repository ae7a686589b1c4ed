package nl.municipalnetworks.gateway.web;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

import java.time.Duration;

/**
 * The gateway's own answers: RFC 9457 {@code application/problem+json} (status, title, detail), never a stack trace.
 * The services' answers pass through as they are.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** The gateway's own responses are data, never a page to render or frame. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private Problems() {
    }

    public static Buffer body(int status, String detail) {
        JsonObject problem = new JsonObject()
                .put("type", "about:blank")
                .put("title", HttpResponseStatus.valueOf(status).reasonPhrase())
                .put("status", status)
                .put("detail", detail);
        return problem.toBuffer();
    }

    /** Seconds for Retry-After: at least 1, rounded up. */
    public static String retryAfter(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return Long.toString(seconds);
    }

    public static void send(RoutingContext ctx, int status, String detail) {
        send(ctx.response(), status, detail);
    }

    public static void send(HttpServerResponse response, int status, String detail) {
        if (response.ended() || response.closed()) {
            return;
        }
        if (response.headWritten()) {
            // Part of another answer is on its way already: the only honest end is to cut the connection.
            response.reset();
            return;
        }
        Buffer body = body(status, detail);
        response.setStatusCode(status)
                .putHeader("Content-Type", MEDIA_TYPE)
                .putHeader("Content-Length", Integer.toString(body.length()))
                .putHeader("Cache-Control", "no-store")
                .putHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .end(body);
    }
}
