package nl.municipalnetworks.gateway.audit;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who may read the audit trail, in one place: the platform admin all of it; a network's board the records of its own
 * network (writes by callers whose token names that network); nobody else (the resource lets in only these two
 * roles: others 403, anonymous callers 401).
 */
final class AuditAccess {

    static final String PLATFORM_ADMIN = "platform-admin";
    static final String BOARD = "board";

    private AuditAccess() {
    }

    /** The filter the caller may run: as asked for the platform admin, narrowed to its network for a board. */
    static AuditFilter scope(SecurityIdentity caller, AuditFilter asked) {
        if (caller.hasRole(PLATFORM_ADMIN)) {
            return asked;
        }
        String network = caller.getPrincipal() instanceof JsonWebToken token && token.getClaim("network") != null
                ? token.getClaim("network").toString() : null;
        if (!caller.hasRole(BOARD) || network == null) {
            throw AuditProblem.forbidden("Only the platform admin and a network's board may read the audit trail");
        }
        if (asked.network() != null && !asked.network().equals(network)) {
            throw AuditProblem.forbidden("A board reads the audit records of its own network (" + network + ") only");
        }
        return asked.inNetwork(network);
    }
}
