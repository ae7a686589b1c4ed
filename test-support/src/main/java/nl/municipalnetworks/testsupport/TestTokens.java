package nl.municipalnetworks.testsupport;

import nl.municipalnetworks.localservers.Tokens;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real access tokens from the test Keycloak. Every test user's password is its username.
 * Tokens are reused until a minute before they expire (a password grant costs Keycloak a password hash).
 */
public final class TestTokens {

    /** The public client that allows the password grant. */
    public static final String USER_CLIENT = "web-portal";

    private static final Map<String, CachedToken> CACHE = new ConcurrentHashMap<>();

    private TestTokens() {
    }

    /** Access token of a test user, e.g. {@code forUser("m50-secretariat")}. */
    public static String forUser(String username) {
        return forUser(username, username);
    }

    public static String forUser(String username, String password) {
        String issuer = issuerUrl();
        return cached(issuer + "|user|" + username + "|" + password,
                () -> Tokens.passwordGrant(issuer, USER_CLIENT, username, password));
    }

    /** ID token of a test user from the web portal's login (services must refuse it as a bearer token). */
    public static String idTokenForUser(String username) {
        String issuer = issuerUrl();
        return cached(issuer + "|id|" + username, () -> Tokens.idToken(issuer, USER_CLIENT, username, username));
    }

    /** Client credentials token, e.g. {@code forClient("vng-network-client", "vng-network-client-secret")}. */
    public static String forClient(String clientId, String secret) {
        String issuer = issuerUrl();
        return cached(issuer + "|client|" + clientId + "|" + secret,
                () -> Tokens.clientCredentials(issuer, clientId, secret));
    }

    /** Decoded claims of a token (no signature check), for assertions. */
    public static Map<String, Object> claims(String token) {
        return Tokens.claims(token);
    }

    /** Issuer of the running test Keycloak (starts the servers if this JVM has none yet). */
    public static String issuerUrl() {
        return RealServers.keycloakIssuer();
    }

    private static String cached(String key, java.util.function.Supplier<String> fetch) {
        CachedToken token = CACHE.get(key);
        long now = System.currentTimeMillis() / 1000;
        if (token == null || token.usableUntil < now) {
            String value = fetch.get();
            Object exp = Tokens.claims(value).get("exp");
            long expiresAt = exp instanceof Number number ? number.longValue() : now;
            token = new CachedToken(value, expiresAt - 60);
            CACHE.put(key, token);
        }
        return token.value;
    }

    private record CachedToken(String value, long usableUntil) {
    }
}
