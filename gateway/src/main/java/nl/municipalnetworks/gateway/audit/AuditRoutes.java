package nl.municipalnetworks.gateway.audit;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.municipalnetworks.gateway.security.ServiceToken;
import nl.municipalnetworks.gateway.web.WebHygiene;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Instant;

/**
 * Every write to the API ({@code /api/...}) is recorded once its answer is complete, whatever answered it: the
 * service, or the gateway itself (401 bad token, 403 origin, 413, 429 rate limit, 503 service unavailable, 404).
 * Runs first of all handlers, so that no refusal of the gateway slips past it; reads who the caller is when the
 * answer is complete (the token has been checked by then, when it was good).
 */
@ApplicationScoped
public class AuditRoutes {

    /** Before {@link WebHygiene} (-10000), whose early refusals (413) must be recorded too. */
    static final int ORDER = -10_100;

    private final AuditTrail trail;

    AuditRoutes(AuditTrail trail) {
        this.trail = trail;
    }

    void register(@Observes Router router) {
        router.route("/api/*").order(ORDER).handler(this::onRequest);
    }

    void onRequest(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (AuditEntry.isWrite(request.method().name())) {
            Instant arrived = Instant.now();
            ctx.addEndHandler(result -> trail.record(entry(ctx, arrived)));
        }
        ctx.next();
    }

    static AuditEntry entry(RoutingContext ctx, Instant arrived) {
        HttpServerRequest request = ctx.request();
        String requestId = ctx.get(WebHygiene.REQUEST_ID);
        SecurityIdentity caller = ServiceToken.callerOf(ctx);
        String subject = null;
        String username = null;
        String client = null;
        String network = null;
        if (caller != null && caller.getPrincipal() instanceof JsonWebToken token) {
            subject = token.getSubject();
            username = claim(token, "preferred_username");
            client = claim(token, "azp");
            network = claim(token, "network");
        }
        return new AuditEntry(arrived, requestId == null ? "-" : requestId, request.method().name(), request.path(),
                ctx.response().getStatusCode(), subject, username, client, network);
    }

    private static String claim(JsonWebToken token, String name) {
        Object value = token.getClaim(name);
        return value == null ? null : value.toString();
    }
}
