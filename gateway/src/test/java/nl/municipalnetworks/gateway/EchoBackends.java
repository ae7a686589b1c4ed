package nl.municipalnetworks.gateway;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Small real HTTP servers standing in the services' places in the gateway's tests: a fixture for the proxy's
 * behaviour, not a stand-in for the services. Each answers what it received (backend name, method, path, query,
 * headers, body length and SHA-256) as JSON, except for a few paths:
 * <ul>
 *   <li>{@code /v1/hang}: never answers (a service that sits on a request); {@link #hangsStarted} and
 *       {@link #hangsEnded} count such requests and their connections that the gateway closed;</li>
 *   <li>{@code /v1/close-once/{key}}: the first request for a key loses its connection without an answer (a
 *       keep-alive connection that closes just as it is used), later ones are echoed;</li>
 *   <li>{@code /v1/downloads/{bytes}}: that many deterministic bytes ({@link #downloadBytes}) as a PDF attachment,
 *       chunked;</li>
 *   <li>{@code /v1/calendar.ics}: an iCalendar file;</li>
 *   <li>{@code /v1/created}: 201 with an absolute {@code Location} at this server and a {@code Set-Cookie}.</li>
 *   <li>{@code /v1/openapi.json}: a small hand-written OpenAPI document of the service
 *       ({@code echo-openapi/<name>.json} of the test resources).</li>
 * </ul>
 */
public final class EchoBackends {

    public static final List<String> NAMES = List.of("members", "pillars", "finance", "events");
    public static final String CALENDAR = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//echo//NL\r\nBEGIN:VEVENT\r\n"
            + "SUMMARY:Ledenvergadering in 's-Hertogenbosch en Súdwest-Fryslân\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    private static Vertx vertx;
    private static final Map<String, Integer> PORTS = new LinkedHashMap<>();
    private static final Map<String, HttpServer> SERVERS = new LinkedHashMap<>();
    private static final Set<String> CLOSED_ONCE = ConcurrentHashMap.newKeySet();
    private static final AtomicInteger HANGS_STARTED = new AtomicInteger();
    private static final AtomicInteger HANGS_ENDED = new AtomicInteger();

    private EchoBackends() {
    }

    /** Starts one server per name on a free port (once per class loader); returns name -> port. */
    public static synchronized Map<String, Integer> start() {
        if (vertx == null) {
            vertx = Vertx.vertx();
            for (String name : NAMES) {
                HttpServer server = listen(name, 0);
                PORTS.put(name, server.actualPort());
                SERVERS.put(name, server);
            }
        }
        return Map.copyOf(PORTS);
    }

    /** Stops one backend: its port refuses connections until {@link #restart}. */
    public static synchronized void stop(String name) {
        HttpServer server = SERVERS.remove(requireStarted(name));
        if (server != null) {
            await(server.close().toCompletionStage().toCompletableFuture());
        }
    }

    /** Starts a stopped backend again on its old port. */
    public static synchronized void restart(String name) {
        if (!SERVERS.containsKey(requireStarted(name))) {
            SERVERS.put(name, listen(name, PORTS.get(name)));
        }
    }

    public static synchronized void close() {
        if (vertx != null) {
            await(vertx.close().toCompletionStage().toCompletableFuture());
            vertx = null;
            PORTS.clear();
            SERVERS.clear();
        }
    }

    /** How many {@code /v1/hang} requests have arrived so far. */
    public static int hangsStarted() {
        return HANGS_STARTED.get();
    }

    /** How many connections of {@code /v1/hang} requests have been closed (by the gateway) so far. */
    public static int hangsEnded() {
        return HANGS_ENDED.get();
    }

    /** The bytes {@code /v1/downloads/{size}} answers. */
    public static byte[] downloadBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static String requireStarted(String name) {
        if (!PORTS.containsKey(name)) {
            throw new IllegalStateException("Echo backend " + name + " was not started by this class loader");
        }
        return name;
    }

    private static HttpServer listen(String name, int port) {
        HttpServer server = vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(port)
                .setReuseAddress(true));
        server.requestHandler(request -> handle(name, request));
        return await(server.listen().toCompletionStage().toCompletableFuture());
    }

    private static void handle(String name, HttpServerRequest request) {
        String path = request.path();
        if (path.equals("/v1/hang")) {
            HANGS_STARTED.incrementAndGet();
            request.connection().closeHandler(closed -> HANGS_ENDED.incrementAndGet());
            request.handler(chunk -> { });
            return;
        }
        if (path.startsWith("/v1/close-once/") && CLOSED_ONCE.add(path)) {
            request.connection().close();
            return;
        }
        if (path.startsWith("/v1/downloads/")) {
            byte[] bytes = downloadBytes(Integer.parseInt(path.substring("/v1/downloads/".length())));
            request.response().setChunked(true)
                    .putHeader("Content-Type", "application/pdf")
                    .putHeader("Content-Disposition", "attachment; filename=\"Jaarrekening 2026.pdf\"");
            for (int offset = 0; offset < bytes.length; offset += 64 * 1024) {
                request.response().write(Buffer.buffer().appendBytes(bytes, offset, Math.min(64 * 1024, bytes.length - offset)));
            }
            request.response().end();
            return;
        }
        if (path.equals("/v1/openapi.json")) {
            request.response().putHeader("Content-Type", "application/json").end(openApiDocument(name));
            return;
        }
        if (path.equals("/v1/calendar.ics")) {
            request.response().putHeader("Content-Type", "text/calendar; charset=utf-8").end(CALENDAR);
            return;
        }
        MessageDigest digest = digest();
        long[] length = {0};
        request.handler(chunk -> {
            digest.update(chunk.getBytes());
            length[0] += chunk.length();
        });
        request.endHandler(end -> {
            JsonObject headers = new JsonObject();
            MultiMap all = request.headers();
            for (String header : all.names()) {
                headers.put(header.toLowerCase(Locale.ROOT), new JsonArray(all.getAll(header)));
            }
            JsonObject echo = new JsonObject()
                    .put("backend", name)
                    .put("method", request.method().name())
                    .put("uri", request.uri())
                    .put("path", path)
                    .put("query", request.query())
                    .put("headers", headers)
                    .put("bodyLength", length[0])
                    .put("bodySha256", HexFormat.of().formatHex(digest.digest()));
            if (path.equals("/v1/created")) {
                int port = request.localAddress().port();
                request.response().setStatusCode(201)
                        .putHeader("Location", "http://127.0.0.1:" + port + "/v1/memberships/123")
                        .putHeader("Set-Cookie", "backend-session=secret; Path=/");
            }
            request.response().putHeader("Content-Type", "application/json").end(echo.encode());
        });
    }

    /** The OpenAPI document {@code /v1/openapi.json} of one echo backend answers. */
    public static Buffer openApiDocument(String name) {
        try (java.io.InputStream in = EchoBackends.class.getResourceAsStream("/echo-openapi/" + name + ".json")) {
            if (in == null) {
                throw new IllegalStateException("No echo-openapi/" + name + ".json");
            }
            return Buffer.buffer(in.readAllBytes());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T await(java.util.concurrent.CompletableFuture<T> future) {
        try {
            return future.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Echo backend operation failed", e);
        }
    }
}
