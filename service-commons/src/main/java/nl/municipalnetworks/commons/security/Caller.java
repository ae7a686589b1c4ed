package nl.municipalnetworks.commons.security;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Set;

/**
 * Who is calling, and for which network and municipality they act. Roles say what kind of work a
 * caller does; the {@code network} and {@code municipality} claims of the token scope it. A pillar chair's
 * token also names the pillar they chair ({@code pillar} claim: the pillar's code in pillar-service, from the
 * Keycloak user attribute {@code pillar}).
 */
public record Caller(String username, Set<String> roles, String network, String municipality, String pillar) {

    public Caller(String username, Set<String> roles, String network, String municipality) {
        this(username, roles, network, municipality, null);
    }

    public static Caller of(SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            return new Caller(null, Set.of(), null, null, null);
        }
        String network = null;
        String municipality = null;
        String pillar = null;
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            network = token.getClaim("network");
            municipality = token.getClaim("municipality");
            pillar = token.getClaim("pillar");
        }
        return new Caller(identity.getPrincipal().getName(), identity.getRoles(), network, municipality, pillar);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean isPlatformAdmin() {
        return has(Role.PLATFORM_ADMIN);
    }

    /** A role held for a given network (platform admins act for every network). */
    public boolean hasIn(String role, String networkCode) {
        return isPlatformAdmin() || (has(role) && networkCode != null && networkCode.equals(network));
    }

    /** A role held for a given municipality (its CBS code). */
    public boolean actsFor(String cbsCode) {
        return cbsCode != null && cbsCode.equals(municipality);
    }
}
