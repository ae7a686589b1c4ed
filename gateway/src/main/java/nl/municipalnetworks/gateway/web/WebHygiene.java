package nl.municipalnetworks.gateway.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.AuthenticationException;
import io.quarkus.security.AuthenticationRedirectException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.municipalnetworks.gateway.login.BrowserLogin;
import nl.municipalnetworks.gateway.login.CallerTenant;
import nl.municipalnetworks.web.requestid.RequestIds;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * What every request gets, whatever route it takes: a request id (web-commons' {@link RequestIds}, the services' rule
 * too), the security headers, one access-log line, and problem details instead of a stack trace or an empty error page
 * (unknown paths included).
 *
 * <p>Runs before Quarkus's CORS (-300), authentication (-200) and authorization (-100) handlers, so that their
 * refusals carry the request id and the headers too.
 */
@ApplicationScoped
public class WebHygiene {

    /** Routing-context keys other features fill in for the access log. */
    public static final String CLIENT = "gateway.client";
    public static final String BACKEND = "gateway.backend";
    public static final String REQUEST_ID = "gateway.request-id";

    static final int ORDER = -10_000;

    private static final Logger ACCESS = Logger.getLogger("nl.municipalnetworks.gateway.access");
    private static final Logger LOG = Logger.getLogger(WebHygiene.class);

    private final MemorySize maxBodySize;

    WebHygiene(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::everyRequest).failureHandler(this::failed);
        router.route().last().handler(ctx -> Problems.send(ctx, 404, "There is no API at this path"));
    }

    void everyRequest(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String requestId = RequestIds.keepOrCreate(request.getHeader(RequestIds.HEADER));
        ctx.put(REQUEST_ID, requestId);
        // Every log line written for this request prints it (the console format); Quarkus keeps the MDC in the
        // request's own Vert.x context.
        MDC.put(RequestIds.MDC_KEY, requestId);
        long started = System.nanoTime();
        ctx.addHeadersEndHandler(v -> {
            ctx.response().headers().set(RequestIds.HEADER, requestId);
            SecurityHeaders.apply(ctx.response().headers(), request.scheme());
        });
        ctx.addEndHandler(result -> accessLog(ctx, requestId, started, result.succeeded()));
        if (declaredLength(request) > maxBodySize.asLongValue()) {
            // Quarkus would refuse it too (later, with an empty 413); say it as a problem, before reading any of it.
            Problems.send(ctx, 413, "The request body is larger than " + maxBodySize.asLongValue() + " bytes");
            return;
        }
        ctx.next();
    }

    private static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader("Content-Length");
        try {
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * One line per request: no query (it may hold names), no headers (tokens, cookies), no bodies. The client is the
     * token's client id ({@code azp}); anonymous callers show as {@code -}.
     */
    private static void accessLog(RoutingContext ctx, String requestId, long started, boolean completed) {
        if (!ACCESS.isInfoEnabled()) {
            return;
        }
        HttpServerRequest request = ctx.request();
        String client = ctx.get(CLIENT);
        String backend = ctx.get(BACKEND);
        ACCESS.infof("%s %s %d %d bytes %d ms client=%s backend=%s requestId=%s remote=%s%s",
                request.method(), request.path(), ctx.response().getStatusCode(), ctx.response().bytesWritten(),
                (System.nanoTime() - started) / 1_000_000, client == null ? "-" : client,
                backend == null ? "-" : backend, requestId,
                request.remoteAddress() == null ? "-" : request.remoteAddress().hostAddress(),
                completed ? "" : " (connection closed before the answer was complete)");
    }

    void failed(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (failure instanceof AuthenticationRedirectException) {
            // Not a failure: the browser login redirects to Keycloak (or back from it); Quarkus answers that.
            ctx.next();
            return;
        }
        if (BrowserLogin.logsInAgain(ctx, failure)) {
            BrowserLogin.restartLogin(ctx);
            return;
        }
        int status = ctx.statusCode();
        boolean unauthorized = failure instanceof AuthenticationException || failure instanceof UnauthorizedException
                || status == 401 || (BrowserLogin.sessionFailure(failure) && !CallerTenant.hasBearerToken(ctx.request()));
        if (unauthorized && !CallerTenant.hasBearerToken(ctx.request())) {
            // A browser session (cookie) that cannot be used; the login page only for the gateway's own pages. The
            // cookie goes (quarkus-oidc removes it too, except where it lets a back-channel logout out as a failure).
            BrowserLogin.removeSessionCookies(ctx);
            ctx.response().putHeader("WWW-Authenticate", "Bearer");
            Problems.send(ctx, 401, "The login session is not valid any more (expired, ended or not readable), or "
                    + "the login could not be completed: log in again at /login");
        } else if (unauthorized) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            Problems.send(ctx, 401, "The bearer token is not valid here: it must be an unexpired access token of "
                    + "this realm meant for the gateway. Send no token for public data.");
        } else if (failure instanceof ForbiddenException) {
            Problems.send(ctx, 403, "Not allowed");
        } else if (status == 403 && failure != null && String.valueOf(failure.getMessage()).startsWith("CORS")) {
            Problems.send(ctx, 403, "This origin may not call the API from a browser");
        } else if (status == 413) {
            Problems.send(ctx, 413, "The request body is larger than the gateway accepts");
        } else if (status >= 400 && status < 500) {
            Problems.send(ctx, status, "The request cannot be handled as sent");
        } else {
            LOG.errorf(failure, "Request %s %s failed (request id %s)", ctx.request().method(), ctx.request().path(),
                    (String) ctx.get(REQUEST_ID));
            Problems.send(ctx, 500, "The gateway could not handle the request; quote request id "
                    + ctx.get(REQUEST_ID) + " when you report it");
        }
    }
}
