package nl.municipalnetworks.gateway.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;

import java.util.Optional;

/**
 * The one place that decides which token a service gets with a forwarded request.
 *
 * <p>quarkus-oidc has checked the caller's token before the gateway routes the request (issuer, signature, expiry,
 * audience {@code gateway}, access token only); a token that fails never gets here (401 at the gateway). What the
 * service gets is the access token of the authenticated caller: for a bearer caller, the very token it sent,
 * unchanged (the services check it again, audience included); for a browser with a session (the login of
 * {@code login/BrowserLogin}), the session's access token, as quarkus-oidc last refreshed it, never the ID token and
 * never the cookie. quarkus-oidc keeps the access token as the identity's {@link AccessTokenCredential} on both ways
 * in (its principal is the ID token for a session). Anonymous callers: no token at all, whatever
 * {@code Authorization} header they sent.
 */
public final class ServiceToken {

    private ServiceToken() {
    }

    /** The authenticated caller of this request, or null for an anonymous one. */
    public static SecurityIdentity callerOf(RoutingContext ctx) {
        if (ctx.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous()) {
            return user.getSecurityIdentity();
        }
        return null;
    }

    public static Optional<String> forService(SecurityIdentity caller) {
        if (caller == null || caller.isAnonymous()) {
            return Optional.empty();
        }
        AccessTokenCredential accessToken = caller.getCredential(AccessTokenCredential.class);
        return accessToken == null || accessToken.getToken() == null ? Optional.empty()
                : Optional.of(accessToken.getToken());
    }
}
