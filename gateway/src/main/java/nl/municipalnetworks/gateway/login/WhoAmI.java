package nl.municipalnetworks.gateway.login;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the gateway's {@code /me} page shows of the logged-in person: name, user name, realm roles and the scope
 * claims (network, municipality, pillar). Nothing else of the tokens, and never a token itself.
 */
public record WhoAmI(String name, String username, Set<String> roles, String network, String municipality,
                     String pillar) {

    /** Keycloak's default role of every user: not a role of this platform. */
    static final String KEYCLOAK_DEFAULT_ROLES = "default-roles-";

    public WhoAmI {
        roles = Set.copyOf(roles);
    }

    public static WhoAmI of(SecurityIdentity identity) {
        Set<String> roles = new TreeSet<>();
        for (String role : identity.getRoles()) {
            if (!role.startsWith(KEYCLOAK_DEFAULT_ROLES) && !List.of("offline_access", "uma_authorization").contains(role)) {
                roles.add(role);
            }
        }
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            return new WhoAmI(claim(token, "name"), claim(token, "preferred_username"), roles, claim(token, "network"),
                    claim(token, "municipality"), claim(token, "pillar"));
        }
        return new WhoAmI(null, identity.getPrincipal().getName(), roles, null, null, null);
    }

    private static String claim(JsonWebToken token, String name) {
        Object value = token.getClaim(name);
        if (value instanceof JsonString string) {
            return string.getString();
        }
        return value == null ? null : value.toString();
    }
}
