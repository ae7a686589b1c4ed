package nl.municipalnetworks.gateway.conditional;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code ETag} and {@code 304 Not Modified} for API clients that poll the public lists and the calendar feed.
 *
 * <p>For a GET on a configured route, a 200 answer of the service up to the size limit is read into memory and gets a
 * strong ETag from the SHA-256 of its bytes. When the caller's {@code If-None-Match} matches, it gets 304 with that
 * ETag and no body; otherwise the body, unchanged (a chunked one then goes with a Content-Length). Answers that
 * already carry an ETag (the service's own) and other statuses pass through untouched; a larger body (a declared
 * length over the limit at once, a chunked one once the limit is passed) streams on unchanged without ETag.
 *
 * <p>Caching: the answer of a request with a token (or a session cookie) can depend on who asks, so it is marked
 * {@code private} (no shared cache may keep it); every answer gets {@code no-cache} unless the service said more
 * (store it, but ask again each time: the ETag makes that cheap) and {@code Vary: Authorization, Cookie}.
 */
@Singleton
public class ConditionalRequests {

    private static final Logger LOG = Logger.getLogger(ConditionalRequests.class);

    private final List<RoutePattern> routes;
    private final long maxBodySize;

    ConditionalRequests(ConditionalConfig config) {
        this.routes = config.routes().orElse(List.of()).stream().map(RoutePattern::of).toList();
        this.maxBodySize = config.maxBodySize().asLongValue();
        routes.forEach(route -> LOG.infof("Conditional requests (ETag) on GET %s", route.pattern()));
    }

    /** The interceptor for this request, when it is a GET on a listed route. */
    public Optional<ProxyInterceptor> forRequest(HttpServerRequest request) {
        if (request.method() != HttpMethod.GET || routes.stream().noneMatch(route -> route.matches(request.path()))) {
            return Optional.empty();
        }
        boolean withCredentials = request.headers().contains("Authorization") || request.headers().contains("Cookie");
        return Optional.of(new Interceptor(request.getHeader("If-None-Match"), withCredentials));
    }

    private final class Interceptor implements ProxyInterceptor {

        private final String ifNoneMatch;
        private final boolean withCredentials;

        Interceptor(String ifNoneMatch, boolean withCredentials) {
            this.ifNoneMatch = ifNoneMatch;
            this.withCredentials = withCredentials;
        }

        @Override
        public Future<Void> handleProxyResponse(ProxyContext proxy) {
            ProxyResponse response = proxy.response();
            Body body = response.getBody();
            if (response.getStatusCode() != 200 || body == null || body.length() > maxBodySize
                    || response.headers().contains("ETag")) {
                return proxy.sendResponse();
            }
            return BodyReader.read(body.stream(), maxBodySize).compose(read -> {
                if (read.tooLarge() != null) {
                    response.setBody(Body.body(read.tooLarge(), -1));
                    return proxy.sendResponse();
                }
                Buffer bytes = read.whole();
                String etag = EntityTags.of(bytes.getBytes());
                MultiMap headers = response.headers();
                headers.set("ETag", etag);
                cacheHeaders(headers);
                if (EntityTags.noneMatchHits(ifNoneMatch, etag)) {
                    return notModified(proxy, headers);
                }
                response.setBody(Body.body(bytes));
                return proxy.sendResponse();
            });
        }

        private void cacheHeaders(MultiMap headers) {
            String cacheControl = headers.get("Cache-Control");
            Set<String> directives = new LinkedHashSet<>();
            if (cacheControl != null) {
                for (String directive : cacheControl.split(",")) {
                    if (!directive.isBlank()) {
                        directives.add(directive.trim());
                    }
                }
            }
            boolean noStore = directives.stream().anyMatch(d -> d.equalsIgnoreCase("no-store"));
            if (withCredentials) {
                directives.removeIf(d -> d.equalsIgnoreCase("public") || d.toLowerCase(Locale.ROOT).startsWith("s-maxage"));
                if (!noStore && directives.stream().noneMatch(d -> d.equalsIgnoreCase("private"))) {
                    directives.add("private");
                }
            }
            if (!noStore && directives.stream().noneMatch(d -> d.equalsIgnoreCase("no-cache")
                    || d.toLowerCase(Locale.ROOT).startsWith("max-age"))) {
                directives.add("no-cache");
            }
            headers.set("Cache-Control", String.join(", ", directives));
            Set<String> vary = new LinkedHashSet<>();
            headers.getAll("Vary").forEach(v -> {
                for (String name : v.split(",")) {
                    if (!name.isBlank()) {
                        vary.add(name.trim());
                    }
                }
            });
            if (vary.stream().noneMatch(v -> v.equalsIgnoreCase("Authorization"))) {
                vary.add("Authorization");
            }
            if (vary.stream().noneMatch(v -> v.equalsIgnoreCase("Cookie"))) {
                vary.add("Cookie");
            }
            headers.set("Vary", String.join(", ", vary));
        }
    }

    /**
     * 304 written straight to the caller: status, the validator and cache headers the 200 would have had, no body and
     * no Content-Length (a 304's Content-Length would have to be the 200's, RFC 9110 8.6; the proxy would write 0).
     */
    private static Future<Void> notModified(ProxyContext proxy, MultiMap headers) {
        HttpServerResponse out = proxy.request().proxiedRequest().response();
        out.setStatusCode(304);
        for (String name : List.of("ETag", "Cache-Control", "Vary", "Expires", "Content-Location", "Date", "API-Version")) {
            List<String> values = headers.getAll(name);
            if (!values.isEmpty()) {
                out.headers().set(name, values);
            }
        }
        return out.end();
    }
}
