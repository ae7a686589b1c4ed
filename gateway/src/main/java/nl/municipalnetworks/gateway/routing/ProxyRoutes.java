package nl.municipalnetworks.gateway.routing;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.Handler;
import io.vertx.core.VertxException;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.CorsHandler;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.municipalnetworks.gateway.conditional.ConditionalRequests;
import nl.municipalnetworks.gateway.ratelimit.ClientKey;
import nl.municipalnetworks.gateway.ratelimit.RateLimiter;
import nl.municipalnetworks.gateway.resilience.BackendGuard;
import nl.municipalnetworks.gateway.resilience.BackendGuards;
import nl.municipalnetworks.gateway.security.ServiceToken;
import nl.municipalnetworks.gateway.web.CorsConfig;
import nl.municipalnetworks.gateway.web.Problems;
import nl.municipalnetworks.gateway.web.WebHygiene;
import nl.municipalnetworks.web.requestid.RequestIds;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The API routes: {@code /api/...} goes, after CORS and the token check, through the caller's rate limit and the
 * backend's guard to the service that the {@link RouteTable} names, by vertx-http-proxy.
 */
@ApplicationScoped
public class ProxyRoutes {

    /** After the gateway's own request handling (-10000), before Quarkus's authentication (-200). */
    static final int CORS_ORDER = -9_000;

    // WebSocket upgrades would bypass the interceptors (and relay Cookie); the services have none.
    private static final ProxyOptions PROXY_OPTIONS = new ProxyOptions().setSupportWebSocket(false);

    private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);

    private final RouteTable routes;
    private final BackendGuards guards;
    private final RateLimiter limiter;
    private final HttpClient client;
    private final CorsConfig cors;
    private final ConditionalRequests conditional;

    ProxyRoutes(RouteTable routes, BackendGuards guards, RateLimiter limiter, @Proxied HttpClient client,
                CorsConfig cors, ConditionalRequests conditional) {
        this.conditional = conditional;
        this.routes = routes;
        this.guards = guards;
        this.limiter = limiter;
        this.client = client;
        this.cors = cors;
    }

    void register(@Observes Router router) {
        routes.backends().forEach(backend -> LOG.infof("Route %s/** -> %s%s/** (timeout %d ms)", backend.pathPrefix(),
                backend.url(), backend.servicePrefix(), backend.timeout().toMillis()));
        router.route("/api/*").order(CORS_ORDER).handler(corsHandler());
        router.route("/api/*").handler(this::forward);
    }

    void forward(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.authority() == null) {
            Problems.send(ctx, 400, "The request needs a Host header");
            return;
        }
        if (request.version() == HttpVersion.HTTP_2 && !request.headers().contains("Content-Length") && !request.isEnded()) {
            // HTTP/2 over TLS (if the gateway ever ends TLS itself): vertx-http-proxy 4.5 would send a body of unknown
            // length without framing, so the caller has to say how long it is.
            Problems.send(ctx, 411, "Send the request body with a Content-Length");
            return;
        }
        Optional<RouteTable.Target> found;
        try {
            found = routes.resolve(request.path());
        } catch (RouteTable.UnsafePath e) {
            Problems.send(ctx, 400, e.getMessage());
            return;
        }
        if (found.isEmpty()) {
            // The gateway's own API (/api/v1/gateway/...), or nothing: the last route answers 404.
            ctx.next();
            return;
        }
        RouteTable.Target target = found.get();
        Backend backend = target.backend();
        SecurityIdentity caller = ServiceToken.callerOf(ctx);
        String remote = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        ClientKey client = clientKey(caller, remote);
        ctx.put(WebHygiene.CLIENT, client.clientId());
        ctx.put(WebHygiene.BACKEND, backend.name());

        RateLimiter.Decision decision = limiter.tryTake(client);
        if (!decision.allowed()) {
            ctx.response().putHeader("Retry-After", Problems.retryAfter(decision.retryAfter()));
            Problems.send(ctx, 429, "Too many requests from this client (" + decision.limit()
                    + " per period); try again after the time in Retry-After");
            return;
        }

        BackendGuard guard = guards.of(backend);
        HttpProxy proxy = HttpProxy.reverseProxy(PROXY_OPTIONS, this.client)
                .origin(context -> context.client()
                        .request(new RequestOptions().setHost(backend.host()).setPort(backend.port()).setSsl(backend.ssl()))
                        .onSuccess(origin -> context.set(BackendGuard.ORIGIN_REQUEST, origin)))
                .addInterceptor(new Forwarding(target, ServiceToken.forService(caller), ctx.get(WebHygiene.REQUEST_ID),
                        remote, request.scheme(), guard));
        conditional.forRequest(request).ifPresent(proxy::addInterceptor);
        proxy.handle(request);
    }

    static ClientKey clientKey(SecurityIdentity caller, String remoteAddress) {
        if (caller != null && caller.getPrincipal() instanceof JsonWebToken token) {
            Object azp = token.getClaim("azp");
            return ClientKey.of(azp == null ? null : azp.toString(), token.getSubject(), remoteAddress);
        }
        return ClientKey.of(null, null, remoteAddress);
    }

    private Handler<RoutingContext> corsHandler() {
        List<String> origins = cors.origins().orElse(List.of());
        if (origins.isEmpty()) {
            // Vert.x's CorsHandler without origins would allow every origin; none configured means none allowed.
            return ctx -> {
                if (ctx.request().getHeader("Origin") != null) {
                    ctx.fail(403, new VertxException("CORS Rejected - no origin is allowed", true));
                } else {
                    ctx.next();
                }
            };
        }
        return CorsHandler.create()
                .addOrigins(origins)
                .allowedMethods(Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST, HttpMethod.PUT,
                        HttpMethod.PATCH, HttpMethod.DELETE))
                .allowedHeaders(Set.of("Authorization", "Content-Type", "Accept", "Accept-Language", "If-Match",
                        "If-None-Match", RequestIds.HEADER))
                .exposedHeaders(Set.of(RequestIds.HEADER, "API-Version", "Retry-After", "Location", "ETag",
                        "Content-Disposition"))
                .maxAgeSeconds((int) cors.maxAge().toSeconds());
    }
}
