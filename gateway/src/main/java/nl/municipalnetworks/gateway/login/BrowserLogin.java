package nl.municipalnetworks.gateway.login;

import io.quarkus.oidc.runtime.TokenAutoRefreshException;
import io.quarkus.security.AuthenticationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.AuthenticationRedirectException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.municipalnetworks.gateway.security.ServiceToken;
import nl.municipalnetworks.gateway.web.Problems;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The browser's way in (backend-for-frontend): the gateway logs the browser in at Keycloak and keeps the tokens in an
 * encrypted session cookie; API calls with that cookie reach the services with the session's access token
 * ({@link ServiceToken}), never the cookie.
 *
 * <ul>
 *   <li>{@code GET /login?redirect=/path}: the only path that starts a login. Without a session: the authorization code
 *       flow with PKCE at Keycloak (quarkus-oidc, tenant {@link CallerTenant#BROWSER}); back at the gateway with a
 *       session, the browser goes on to {@code redirect} (a path of this gateway, {@link LocalTarget}; default
 *       {@code /me}).</li>
 *   <li>{@code POST /logout}: quarkus-oidc ends the session (removes the cookie) and sends the browser to Keycloak's
 *       end-session endpoint (RP-initiated logout), which ends the Keycloak session and sends it back to {@code /me}.
 *       Only POST: a cross-site page cannot log anyone out with a link or an image (the session cookie is SameSite=Lax,
 *       so a cross-site POST carries none). With a session that can no longer be used, the gateway removes the cookie
 *       and sends the browser to the end-session endpoint itself.</li>
 *   <li>{@code GET /me}: who is logged in ({@link MePage}).</li>
 * </ul>
 *
 * <p>Which requests are sent to Keycloak's login page: {@code /login} without a session, and {@code /login} or
 * {@code /me} with a session that can no longer be used (expired beyond refresh, ended at Keycloak, not decryptable).
 * A session ended at Keycloak by other means than this gateway's log-out (back-channel logout) is refused from the
 * next request on ({@link EndedSessions}).
 * API paths never redirect: without a session they are forwarded anonymously (public lists stay public); with a
 * session that cannot be used they get 401 problem+json, and the stale cookie is removed.
 */
@ApplicationScoped
public class BrowserLogin {

    static final String LOGIN = "/login";
    static final String LOGOUT = "/logout";
    static final String ME = "/me";

    /** Before Quarkus's authentication (-200), which performs the logout on the logout path whatever the method. */
    static final int LOGOUT_METHOD_ORDER = -8_000;
    /** Before WebHygiene's failure handler (-10000), which would answer a failed session with 401. */
    static final int LOGOUT_FAILURE_ORDER = -10_001;
    static final String SESSION_COOKIE = "q_session_" + CallerTenant.BROWSER;

    private final HttpAuthenticator authenticator;
    private final String contentSecurityPolicy;
    private final String endSession;
    private final String clientId;

    BrowserLogin(HttpAuthenticator authenticator,
                 @ConfigProperty(name = "quarkus.oidc.browser.auth-server-url") String keycloakRealm,
                 @ConfigProperty(name = "quarkus.oidc.browser.client-id") String clientId) {
        this.authenticator = authenticator;
        this.clientId = clientId;
        URI realm = URI.create(keycloakRealm);
        this.contentSecurityPolicy = MePage.contentSecurityPolicy(realm.getScheme() + "://" + realm.getRawAuthority());
        this.endSession = keycloakRealm.replaceAll("/+$", "") + "/protocol/openid-connect/logout";
    }

    void register(@Observes Router router) {
        router.route(LOGOUT).order(LOGOUT_METHOD_ORDER).handler(this::onlyPost);
        router.route(LOGOUT).order(LOGOUT_FAILURE_ORDER).failureHandler(this::logoutWithAStaleSession);
        router.get(LOGIN).handler(this::login);
        router.post(LOGOUT).handler(this::noSession);
        router.get(ME).handler(this::me);
    }

    /**
     * Whether an authentication failure on this request should send the browser to Keycloak's login page (quarkus-oidc's
     * challenge) rather than answer 401: a session that can no longer be used, on one of the gateway's pages.
     */
    public static boolean logsInAgain(RoutingContext ctx, Throwable failure) {
        String path = ctx.request().path();
        return sessionFailure(failure) && !CallerTenant.hasBearerToken(ctx.request())
                && ctx.request().method() == HttpMethod.GET && (LOGIN.equals(path) || ME.equals(path));
    }

    /**
     * Whether this failure of a request without a bearer token means a session that can no longer be used: quarkus-oidc's
     * {@link AuthenticationFailedException}, or its internal {@link TokenAutoRefreshException}, which quarkus-oidc 3.34
     * lets out instead when it ends a session by back-channel logout ({@link EndedSessions}) whose tokens were due for
     * their refresh.
     */
    public static boolean sessionFailure(Throwable failure) {
        return failure instanceof AuthenticationFailedException || failure instanceof TokenAutoRefreshException;
    }

    /**
     * Sends a browser whose session can no longer be used (on {@code /login} or {@code /me}) to a fresh login: the
     * stale cookie is removed and the browser goes to {@code /login}, which, now without a cookie, sends it to
     * Keycloak's login page and afterwards back to the page it asked for.
     */
    public static void restartLogin(RoutingContext ctx) {
        removeSessionCookies(ctx);
        String path = ctx.request().path();
        String again = LOGIN.equals(path) ? ctx.request().uri()
                : LOGIN + "?redirect=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
        ctx.response().setStatusCode(302).putHeader("Location", again).putHeader("Cache-Control", "no-store").end();
    }

    /** Removes the session cookie (and its chunks) that the request carried. */
    public static void removeSessionCookies(RoutingContext ctx) {
        for (Cookie cookie : ctx.request().cookies()) {
            if (cookie.getName().startsWith(SESSION_COOKIE)) {
                ctx.response().addCookie(Cookie.cookie(cookie.getName(), "").setPath("/").setMaxAge(0).setHttpOnly(true));
            }
        }
    }

    void login(RoutingContext ctx) {
        List<String> asked = ctx.queryParam("redirect");
        Optional<String> target = asked.size() > 1 ? Optional.empty() : LocalTarget.of(asked.isEmpty() ? null : asked.get(0));
        if (target.isEmpty()) {
            Problems.send(ctx, 400, "redirect: give one path of this gateway, starting with a single '/' (e.g. /me)");
            return;
        }
        if (ServiceToken.callerOf(ctx) != null) {
            seeOther(ctx, target.get());
            return;
        }
        // No session: quarkus-oidc's challenge for the browser tenant (302 to Keycloak, with the state and PKCE cookie).
        // After the login Keycloak sends the browser back here (same path and query), now with a session.
        authenticator.sendChallenge(ctx).subscribe().with(sent -> {
            if (!ctx.response().ended()) {
                ctx.response().end();
            }
        }, ctx::fail);
    }

    void onlyPost(RoutingContext ctx) {
        if (ctx.request().method() != HttpMethod.POST) {
            ctx.response().putHeader("Allow", "POST");
            Problems.send(ctx, 405, "Log out with POST /logout (the log-out button on /me)");
            return;
        }
        ctx.next();
    }

    /**
     * A log-out with a session that can no longer be used (its tokens expired beyond refresh, or it cannot be read):
     * quarkus-oidc cannot log it out (it has no usable ID token), so the gateway removes the cookie itself and sends
     * the browser to Keycloak's end-session endpoint anyway (Keycloak asks to confirm, then returns to {@code /me}),
     * instead of answering the log-out button with 401.
     */
    void logoutWithAStaleSession(RoutingContext ctx) {
        // quarkus-oidc's own logout redirect is an AuthenticationRedirectException: not a failure, Quarkus sends it.
        if (!(ctx.failure() instanceof AuthenticationException) || ctx.failure() instanceof AuthenticationRedirectException
                || ctx.request().method() != HttpMethod.POST
                || CallerTenant.hasBearerToken(ctx.request()) || ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        removeSessionCookies(ctx);
        String back = ctx.request().scheme() + "://" + ctx.request().authority() + ME;
        seeOther(ctx, endSession + "?client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&post_logout_redirect_uri="
                + URLEncoder.encode(back, StandardCharsets.UTF_8));
    }

    /** A POST /logout that gets here had no session (with one, quarkus-oidc has already redirected to Keycloak). */
    void noSession(RoutingContext ctx) {
        seeOther(ctx, ME);
    }

    void me(RoutingContext ctx) {
        SecurityIdentity caller = ServiceToken.callerOf(ctx);
        String html = caller == null ? MePage.anonymous() : MePage.of(WhoAmI.of(caller));
        ctx.response()
                .putHeader("Content-Type", "text/html; charset=utf-8")
                .putHeader("Cache-Control", "no-store")
                .putHeader("Content-Security-Policy", contentSecurityPolicy)
                .end(html);
    }

    private static void seeOther(RoutingContext ctx, String location) {
        ctx.response().setStatusCode(303).putHeader("Location", location).putHeader("Cache-Control", "no-store").end();
    }
}
