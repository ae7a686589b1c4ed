package nl.municipalnetworks.gateway.login;

import io.quarkus.oidc.TenantResolver;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * quarkus-oidc's hybrid rule, as two tenants: a request with {@code Authorization: Bearer} is an API client and is
 * checked by the default tenant (access tokens only: audience {@code gateway}, {@code typ} Bearer); any other request is
 * a browser and goes to the {@code browser} tenant (authorization code flow with PKCE, session cookie).
 *
 * <p>Why not one tenant with {@code application-type=hybrid}: quarkus-oidc checks a tenant's {@code required-claims} on
 * every token it verifies, the code flow's ID token included, so {@code typ=Bearer} (which keeps ID tokens out as bearer
 * tokens) would refuse every browser login. Two tenants keep both rules exact.
 */
@ApplicationScoped
public class CallerTenant implements TenantResolver {

    /** The tenant of browser sessions ({@code quarkus.oidc.browser.*}); its session cookie is {@code q_session_browser}. */
    public static final String BROWSER = "browser";

    @Override
    public String resolve(RoutingContext ctx) {
        return hasBearerToken(ctx.request()) ? null : BROWSER;
    }

    /** Whether the caller sent a bearer token (the scheme, case-insensitive, as quarkus-oidc reads it). */
    public static boolean hasBearerToken(HttpServerRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null) {
            return false;
        }
        String value = authorization.trim();
        int space = value.indexOf(' ');
        return (space < 0 ? value : value.substring(0, space)).equalsIgnoreCase("Bearer");
    }
}
