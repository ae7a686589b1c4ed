package nl.municipalnetworks.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.net.HostAndPort;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import nl.municipalnetworks.gateway.resilience.BackendGuard;
import nl.municipalnetworks.web.requestid.RequestIds;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the gateway changes in one forwarded exchange; vertx-http-proxy does the rest (streams both bodies, drops
 * hop-by-hop headers, sets {@code X-Forwarded-Host}).
 *
 * <p>To the service: the service path; the service's own authority as {@code Host}; the token that
 * {@link nl.municipalnetworks.gateway.security.ServiceToken} chose, or no {@code Authorization} at all; never the
 * caller's {@code Cookie}; the request id; {@code X-Forwarded-For}/{@code -Proto}/{@code -Prefix} from the gateway
 * (a caller's own {@code Forwarded} and {@code X-Forwarded-*} headers are dropped, they cannot be trusted); the trace
 * context of the gateway's span instead of the caller's copy ({@code traceparent}, {@code tracestate},
 * {@code baggage}). Back to the caller: {@code Location} translated to the gateway path, and no {@code Set-Cookie} (the gateway's cookies are
 * its own).
 */
final class Forwarding implements ProxyInterceptor {

    /** W3C Trace Context and Baggage, the propagators Quarkus's OpenTelemetry uses. */
    private static final List<String> TRACE_CONTEXT = List.of("traceparent", "tracestate", "baggage");

    private final RouteTable.Target target;
    private final Optional<String> token;
    private final String requestId;
    private final String callerAddress;
    private final String callerScheme;
    private final BackendGuard guard;

    Forwarding(RouteTable.Target target, Optional<String> token, String requestId, String callerAddress,
               String callerScheme, BackendGuard guard) {
        this.target = target;
        this.token = token;
        this.requestId = requestId;
        this.callerAddress = callerAddress;
        this.callerScheme = callerScheme;
        this.guard = guard;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext proxy) {
        ProxyRequest request = proxy.request();
        Backend backend = target.backend();
        request.setURI(target.uri(request.proxiedRequest().query()));
        request.setAuthority(HostAndPort.create(backend.host(), backend.port()));
        MultiMap headers = request.headers();
        headers.remove("Cookie");
        headers.remove("Authorization");
        headers.remove("Forwarded");
        List<String> forwarded = headers.names().stream()
                .filter(name -> name.toLowerCase(Locale.ROOT).startsWith("x-forwarded-"))
                .toList();
        forwarded.forEach(headers::remove);
        // The trace context goes on from the gateway's own span (quarkus-opentelemetry writes it when the proxy sends
        // the request; that span continues the caller's trace). The caller's copies would arrive next to it, and a
        // service reading the first would skip the gateway's span.
        TRACE_CONTEXT.forEach(headers::remove);
        token.ifPresent(value -> headers.set("Authorization", "Bearer " + value));
        headers.set(RequestIds.HEADER, requestId);
        if (callerAddress != null) {
            headers.set("X-Forwarded-For", callerAddress);
        }
        headers.set("X-Forwarded-Proto", callerScheme);
        headers.set("X-Forwarded-Prefix", backend.pathPrefix());
        return guard.send(proxy);
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext proxy) {
        ProxyResponse response = proxy.response();
        MultiMap headers = response.headers();
        String location = headers.get("Location");
        if (location != null) {
            headers.set("Location", target.gatewayLocation(location));
        }
        headers.remove("Set-Cookie");
        return proxy.sendResponse();
    }
}
