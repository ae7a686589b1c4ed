package nl.municipalnetworks.gateway.web;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
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

    private static boolean announcesBody(HttpServerRequest request) {
        String length = request.getHeader("Content-Length");
        return length != null && !length.trim().equals("0") || request.headers().contains("Transfer-Encoding");
    }

    /** Seconds for Retry-After: at least 1, rounded up. */
    public static String retryAfter(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return Long.toString(seconds);
    }

    /**
     * Answers with a problem. When the caller is still sending a body the gateway will not read (a refused upload),
     * the connection is closed after the answer, as HTTP/1.1 allows, instead of leaving the caller stuck.
     */
    public static void send(RoutingContext ctx, int status, String detail) {
        HttpServerResponse response = ctx.response();
        if (response.ended() || response.closed()) {
            return;
        }
        if (response.headWritten()) {
            // Part of another answer is on its way already: the only honest end is to cut the connection.
            response.reset();
            return;
        }
        HttpServerRequest request = ctx.request();
        boolean unreadBody = request.version() != HttpVersion.HTTP_2 && !request.isEnded() && announcesBody(request);
        Buffer body = body(status, detail);
        response.setStatusCode(status)
                .putHeader("Content-Type", MEDIA_TYPE)
                .putHeader("Content-Length", Integer.toString(body.length()))
                .putHeader("Cache-Control", "no-store")
                .putHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        if (unreadBody) {
            response.putHeader("Connection", "close");
        }
        response.end(body).onComplete(done -> {
            if (unreadBody) {
                request.connection().close();
            }
        });
    }
}
