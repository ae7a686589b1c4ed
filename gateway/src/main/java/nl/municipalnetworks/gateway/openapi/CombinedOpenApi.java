package nl.municipalnetworks.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.municipalnetworks.gateway.openapi.OpenApiMerge.Missing;
import nl.municipalnetworks.gateway.openapi.OpenApiMerge.ServiceDocument;
import nl.municipalnetworks.gateway.routing.Backend;
import nl.municipalnetworks.gateway.routing.RouteTable;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * The gateway's one API document at {@code <shared prefix>/openapi.json} ({@code /api/v1/openapi.json}): the
 * services' documents ({@code <service prefix>/openapi.json} at each service), fetched when first asked for, kept for
 * {@code gateway.openapi.cache-ttl}, combined by {@link OpenApiMerge}. A service that does not give its document
 * leaves its part out (named in {@code x-missing-services} and the {@code X-Missing-Services} header) and is tried
 * again after {@code gateway.openapi.retry-missing-after}; the rest of the document is served all the same. Public: no
 * token needed. {@code ETag} and {@code If-None-Match} for pollers.
 *
 * <p>The gateway's own API (the audit trail) is part of it too: {@value #OWN_DOCUMENT}, written like a service's
 * document (paths under {@code /v1}) and combined as if a service at {@value #OWN_PATH_PREFIX} gave it.
 * {@code audit/AuditOpenApiDocumentTest} holds it to the resource it describes.
 */
@ApplicationScoped
public class CombinedOpenApi {

    /** After authentication (-200) and authorization (-100), before the proxy's {@code /api/*} route. */
    static final int ORDER = -50;
    static final String MISSING_HEADER = "X-Missing-Services";
    private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private static final Logger LOG = Logger.getLogger(CombinedOpenApi.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The gateway's own API document on the class path, and where its paths are at the gateway. */
    static final String OWN_DOCUMENT = "openapi/gateway-v1.json";
    public static final String OWN_PATH_PREFIX = "/api/v1/gateway";
    static final String OWN_NAME = "gateway";

    private final OpenApiConfig config;
    private final List<Backend> services;
    private final List<String> allPathPrefixes;
    private final ServiceDocument own;
    private final String documentPath;
    private final OpenApiMerge.Info info;
    private final WebClient client;
    private final Map<String, Cached> parts = new ConcurrentHashMap<>();
    private volatile Combined last;

    CombinedOpenApi(OpenApiConfig config, RouteTable routes, Vertx vertx,
                    @ConfigProperty(name = "quarkus.oidc.auth-server-url") String issuer) {
        this.config = config;
        Set<String> names = config.services().map(Set::copyOf).orElse(null);
        this.services = routes.backends().stream()
                .filter(backend -> names == null || names.contains(backend.name()))
                .sorted(Comparator.comparing((Backend backend) -> names == null ? 0 : config.services().get().indexOf(backend.name()))
                        .thenComparing(Backend::pathPrefix))
                .toList();
        if (names != null && services.size() != names.size()) {
            throw new IllegalStateException("gateway.openapi.services names a backend that is not configured: " + names);
        }
        this.own = new ServiceDocument(OWN_NAME, OWN_PATH_PREFIX, "/v1", ownDocument());
        List<String> prefixes = new ArrayList<>(services.stream().map(Backend::pathPrefix).toList());
        prefixes.add(OWN_PATH_PREFIX);
        this.allPathPrefixes = List.copyOf(prefixes);
        this.documentPath = OpenApiMerge.commonPrefix(allPathPrefixes) + "/openapi.json";
        this.info = new OpenApiMerge.Info(config.title(), config.description(), config.version(),
                config.contact().name(), config.contact().email(), config.contact().url(), config.publicUrl(),
                openIdConnectUrl(issuer));
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, config.fetchTimeout().toMillis()))
                .setUserAgent("municipal-networks-gateway")
                .setKeepAlive(false));
    }

    public static JsonNode ownDocument() {
        try (var in = CombinedOpenApi.class.getClassLoader().getResourceAsStream(OWN_DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException("missing " + OWN_DOCUMENT + " on the class path");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("unreadable " + OWN_DOCUMENT, e);
        }
    }

    static String openIdConnectUrl(String issuer) {
        return (issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer) + "/.well-known/openid-configuration";
    }

    /** Where the combined document is served. */
    public String documentPath() {
        return documentPath;
    }

    void register(@Observes Router router) {
        LOG.infof("API document at %s combines %s", documentPath,
                services.stream().map(Backend::name).collect(Collectors.joining(", ")));
        router.route(HttpMethod.GET, documentPath).order(ORDER).handler(this::serve);
        router.route(HttpMethod.HEAD, documentPath).order(ORDER).handler(this::serve);
    }

    void serve(RoutingContext ctx) {
        document().onComplete(result -> {
            if (result.failed()) {
                ctx.fail(result.cause());
                return;
            }
            Combined document = result.result();
            HttpServerResponse response = ctx.response()
                    .putHeader("Cache-Control", "no-cache")
                    .putHeader("ETag", document.etag())
                    .putHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            if (!document.missing().isEmpty()) {
                response.putHeader(MISSING_HEADER, document.missing().stream().map(Missing::name).collect(Collectors.joining(", ")));
            }
            String ifNoneMatch = ctx.request().getHeader("If-None-Match");
            if (ifNoneMatch != null && (ifNoneMatch.trim().equals("*")
                    || List.of(ifNoneMatch.split(",")).stream().map(String::trim).anyMatch(document.etag()::equals))) {
                response.setStatusCode(304).end();
                return;
            }
            response.putHeader("Content-Type", "application/json").end(document.body());
        });
    }

    /** The combined document: from the cache, or with the parts that are due fetched again. */
    Future<Combined> document() {
        List<Future<Part>> pending = services.stream().map(this::part).toList();
        return Future.join(pending).transform(ignored -> {
            List<Part> current = pending.stream().map(Future::result).toList();
            Combined cached = last;
            if (cached != null && cached.sameParts(current)) {
                return Future.succeededFuture(cached);
            }
            try {
                Combined combined = combine(current);
                last = combined;
                return Future.succeededFuture(combined);
            } catch (RuntimeException | IOException e) {
                return Future.failedFuture(e);
            }
        });
    }

    /** Forgets every fetched document (tests; a deployment that wants the new documents at once). */
    public void forget() {
        parts.clear();
        last = null;
    }

    private Combined combine(List<Part> current) throws IOException {
        List<ServiceDocument> documents = new ArrayList<>();
        List<Missing> missing = new ArrayList<>();
        for (Part part : current) {
            if (part.document() != null) {
                documents.add(new ServiceDocument(part.backend().name(), part.backend().pathPrefix(),
                        part.backend().servicePrefix(), part.document()));
            } else {
                missing.add(new Missing(part.backend().name(), part.reason()));
            }
        }
        documents.add(own);
        byte[] body = JSON.writeValueAsBytes(OpenApiMerge.combine(info, documents, missing, allPathPrefixes));
        return new Combined(current, Buffer.buffer(body), etag(body), missing);
    }

    private Future<Part> part(Backend backend) {
        long now = System.nanoTime();
        return parts.compute(backend.name(), (name, cached) ->
                cached != null && (!cached.part().isComplete() || now - cached.expiresAt() < 0) ? cached : fetch(backend))
                .part();
    }

    /** One service's document; never fails: a service that does not give it is a missing part. */
    private Cached fetch(Backend backend) {
        Cached cached = new Cached();
        cached.part = client.get(backend.port(), backend.host(), backend.servicePrefix() + "/openapi.json")
                .ssl(backend.ssl())
                .timeout(config.fetchTimeout().toMillis())
                .putHeader("Accept", "application/json")
                .send()
                .map(response -> parse(backend, response))
                .otherwise(failure -> missing(backend, failure instanceof TimeoutException
                        ? "no answer within " + config.fetchTimeout().toMillis() + " ms"
                        : "cannot be reached (" + failure.getClass().getSimpleName() + ")"))
                .onSuccess(part -> cached.expiresAt = System.nanoTime()
                        + (part.document() != null ? config.cacheTtl() : config.retryMissingAfter()).toNanos());
        return cached;
    }

    private Part parse(Backend backend, HttpResponse<Buffer> response) {
        if (response.statusCode() != 200) {
            return missing(backend, "answered HTTP " + response.statusCode());
        }
        try {
            JsonNode document = JSON.readTree(response.body() == null ? new byte[0] : response.body().getBytes());
            if (document == null || !document.isObject() || !document.path("paths").isObject()) {
                return missing(backend, "answered something that is not an OpenAPI document");
            }
            return new Part(backend, document, null);
        } catch (IOException e) {
            return missing(backend, "answered something that is not JSON");
        }
    }

    private static Part missing(Backend backend, String reason) {
        LOG.warnf("The API document of %s is left out of the combined document: %s", backend.name(), reason);
        return new Part(backend, null, reason);
    }

    private static String etag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** A service's document, or why it is missing. */
    record Part(Backend backend, JsonNode document, String reason) {
    }

    private static final class Cached {
        volatile Future<Part> part;
        volatile long expiresAt;

        Future<Part> part() {
            return part;
        }

        long expiresAt() {
            return expiresAt;
        }
    }

    record Combined(List<Part> parts, Buffer body, String etag, List<Missing> missing) {
        boolean sameParts(List<Part> others) {
            if (others.size() != parts.size()) {
                return false;
            }
            for (int i = 0; i < parts.size(); i++) {
                if (others.get(i) != parts.get(i)) {
                    return false;
                }
            }
            return true;
        }
    }
}
