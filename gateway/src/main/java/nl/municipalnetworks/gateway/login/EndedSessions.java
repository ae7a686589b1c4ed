package nl.municipalnetworks.gateway.login;

import io.quarkus.oidc.SecurityEvent;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import nl.municipalnetworks.gateway.security.ServiceToken;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keycloak sessions that ended elsewhere (back-channel logout), so that their cookies stay refused.
 *
 * <p>quarkus-oidc takes Keycloak's logout token at {@code /back-channel-logout} and ends the gateway session of that
 * Keycloak session ({@code sid}) on its next request: 401, cookie removed. But it forgets the {@code sid} with that
 * request, and a copy of the cookie (kept by whoever had the cookie) would then work again until its tokens are due for
 * their refresh (up to 15 minutes), which Keycloak refuses. This class
 * remembers every {@code sid} quarkus-oidc has ended ({@link SecurityEvent.Type#OIDC_BACKCHANNEL_LOGOUT_COMPLETED}) for
 * as long as quarkus-oidc keeps a pending logout token ({@code token-cache-time-to-live}, longer than a token lives),
 * and refuses sessions with such a {@code sid} the same way. After that no copy can work: its tokens have expired and
 * Keycloak refuses to refresh them.
 *
 * <p>Per gateway instance, in memory, like quarkus-oidc's pending logout tokens: Keycloak posts the logout token to
 * one instance (the client's one back-channel URL).
 */
@ApplicationScoped
public class EndedSessions {

    /** After Quarkus's authentication (-200), which sets the caller; before its authorization (-100) and the routes. */
    static final int ORDER = -150;
    static final String SID = "sid";

    private static final Logger LOG = Logger.getLogger(EndedSessions.class);

    private final Map<String, Instant> ended = new ConcurrentHashMap<>();
    private final Duration remembered;
    private final int capacity;
    private final Clock clock;

    @Inject
    EndedSessions(@ConfigProperty(name = "quarkus.oidc.browser.logout.backchannel.token-cache-time-to-live") Duration remembered,
                  @ConfigProperty(name = "quarkus.oidc.browser.logout.backchannel.token-cache-size") int capacity) {
        this(remembered, capacity, Clock.systemUTC());
    }

    EndedSessions(Duration remembered, int capacity, Clock clock) {
        this.remembered = remembered;
        this.capacity = capacity;
        this.clock = clock;
    }

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::refuseEnded);
    }

    /**
     * quarkus-oidc has ended a session for a pending logout token (on the session's first request after it): its
     * identity names the Keycloak session ({@code sid} of its ID token).
     */
    void onSecurityEvent(@Observes SecurityEvent event) {
        if (event.getEventType() == SecurityEvent.Type.OIDC_BACKCHANNEL_LOGOUT_COMPLETED) {
            String sid = sidOf(event.getSecurityIdentity());
            if (sid != null) {
                remember(sid);
            }
        }
    }

    /** Remembers that the Keycloak session {@code sid} has ended. */
    void remember(String sid) {
        Instant now = clock.instant();
        if (ended.size() >= capacity) {
            ended.values().removeIf(until -> !until.isAfter(now));
        }
        if (ended.size() >= capacity) {
            // Never reached with the realm's session numbers; quarkus-oidc's own cache is no larger.
            LOG.warnf("More than %d ended sessions within %s: the oldest is forgotten", capacity, remembered);
            ended.entrySet().stream().min(Map.Entry.comparingByValue())
                    .ifPresent(oldest -> ended.remove(oldest.getKey()));
        }
        ended.put(sid, now.plus(remembered));
    }

    /** Whether the Keycloak session {@code sid} ended (back-channel logout) within the remembered time. */
    boolean hasEnded(String sid) {
        Instant until = ended.get(sid);
        if (until == null) {
            return false;
        }
        if (!until.isAfter(clock.instant())) {
            ended.remove(sid, until);
            return false;
        }
        return true;
    }

    void refuseEnded(RoutingContext ctx) {
        if (!ended.isEmpty() && !CallerTenant.hasBearerToken(ctx.request())) {
            String sid = sidOf(ServiceToken.callerOf(ctx));
            if (sid != null && hasEnded(sid)) {
                // As quarkus-oidc does for a session it ends: the cookie goes, the request is a failed authentication
                // (WebHygiene: 401 problem+json on the API; /me and /login log in again).
                BrowserLogin.removeSessionCookies(ctx);
                ctx.fail(new AuthenticationFailedException("The Keycloak session of this login has ended"));
                return;
            }
        }
        ctx.next();
    }

    /** The Keycloak session of a browser session: its ID token's {@code sid} (the principal of a code-flow login). */
    static String sidOf(SecurityIdentity identity) {
        if (identity != null && identity.getPrincipal() instanceof JsonWebToken idToken) {
            Object sid = idToken.getClaim(SID);
            if (sid instanceof jakarta.json.JsonString string) {
                return string.getString();
            }
            return sid == null ? null : sid.toString();
        }
        return null;
    }
}
