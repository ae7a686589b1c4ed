package nl.municipalnetworks.member.access;

import nl.municipalnetworks.commons.problem.ProblemException;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.commons.security.Role;

import java.util.Set;

/**
 * Who may do what in member-service, in one place. Resources let in the roles with
 * {@code @RolesAllowed}; these rules add the scope: the network and municipality a caller acts for.
 *
 * <p>A municipality <em>belongs to</em> a network while it has a membership there that has not ended
 * (prospect, member, or under notice); {@code networks} below is that set for one municipality.
 * <ul>
 *   <li>Register data of a municipality (name, code, province, cluster, population counts, mergers):
 *       the platform admin; the secretariat of a network it belongs to; any secretariat while it
 *       belongs to no network (just registered, about to be recruited, or a former member).</li>
 *   <li>Names of officials: the platform admin; secretariat, board, treasurer, pillar chair and partner
 *       of a network the municipality belongs to; officials of the same municipality. People who work
 *       for no municipality (an external chair) by name to every role of a network.</li>
 *   <li>E-mail and phone: the platform admin; secretariat and board of a network the municipality
 *       belongs to; officials of the same municipality. Of people without a municipality: platform admin,
 *       every secretariat and board.</li>
 *   <li>Other networks' systems ({@code network-client}) see no personal data at all.</li>
 * </ul>
 */
public final class MemberAccess {

    private MemberAccess() {
    }

    /** Registering a new municipality: the platform admin or any secretariat. */
    public static void requireRegisterKeeper(Caller caller) {
        if (!caller.isPlatformAdmin() && !caller.has(Role.SECRETARIAT)) {
            throw ProblemException.forbidden("Only a secretariat keeps the municipality register");
        }
    }

    /** Changing the register data of a municipality that belongs to {@code networks}. */
    public static boolean mayChangeMunicipality(Caller caller, Set<String> networks) {
        if (caller.isPlatformAdmin()) {
            return true;
        }
        return caller.has(Role.SECRETARIAT) && (networks.isEmpty() || networks.contains(caller.network()));
    }

    public static void requireMayChangeMunicipality(Caller caller, String name, Set<String> networks) {
        if (!mayChangeMunicipality(caller, networks)) {
            throw ProblemException.forbidden("Only the secretariat of " + String.join(" or ", networks.stream().sorted().toList())
                    + " may change the register data of " + name);
        }
    }

    /** Memberships, recruitment, board and VNG seats of a network: that network's secretariat. */
    public static void requireSecretariatOf(Caller caller, String network) {
        if (!caller.hasIn(Role.SECRETARIAT, network)) {
            throw ProblemException.forbidden("Only the secretariat of " + network + " may change this");
        }
    }

    /** Growth and recruitment figures of a network: its secretariat and board. */
    public static void requireSecretariatOrBoardOf(Caller caller, String network) {
        if (!maySeeInternalsOf(caller, network)) {
            throw ProblemException.forbidden("Only the secretariat and board of " + network + " may see this");
        }
    }

    /** Recruitment (owner, notes) and who changed a membership: the network's secretariat and board. */
    public static boolean maySeeInternalsOf(Caller caller, String network) {
        return caller.hasIn(Role.SECRETARIAT, network) || caller.hasIn(Role.BOARD, network);
    }

    /**
     * The board and VNG seats of a network, with names: everyone who works in that network (not other
     * networks, not their systems).
     */
    public static void requireWorksIn(Caller caller, String network) {
        boolean allowed = caller.isPlatformAdmin()
                || (network.equals(caller.network()) && (hasNetworkRole(caller) || caller.has(Role.MEMBER_OFFICIAL)));
        if (!allowed) {
            throw ProblemException.forbidden("Only people who work in " + network + " may see its board");
        }
    }

    /** Names of the officials of a municipality (CBS code {@code cbsCode}, belonging to {@code networks}). */
    public static boolean maySeePeopleOf(Caller caller, String cbsCode, Set<String> networks) {
        if (caller.isPlatformAdmin() || isOfficialOf(caller, cbsCode)) {
            return true;
        }
        if (!hasNetworkRole(caller)) {
            return false;
        }
        return cbsCode == null || networks.contains(caller.network());
    }

    public static void requireMaySeePeopleOf(Caller caller, String cbsCode, Set<String> networks) {
        if (!maySeePeopleOf(caller, cbsCode, networks)) {
            throw ProblemException.forbidden("You may only see the officials of your own network or municipality");
        }
    }

    /**
     * Whether a caller sees people of every municipality in its network, or only of its own
     * municipality (a member official).
     */
    public static boolean seesPeopleOfWholeNetwork(Caller caller) {
        return caller.isPlatformAdmin() || hasNetworkRole(caller);
    }

    /** E-mail and phone (personal data under the GDPR). */
    public static boolean maySeeContactDetailsOf(Caller caller, String cbsCode, Set<String> networks) {
        if (caller.isPlatformAdmin() || isOfficialOf(caller, cbsCode)) {
            return true;
        }
        boolean secretariatOrBoard = caller.has(Role.SECRETARIAT) || caller.has(Role.BOARD);
        return secretariatOrBoard && (cbsCode == null || networks.contains(caller.network()));
    }

    /** Adding and changing officials: the secretariat of their network, or an official for their own municipality. */
    public static void requireMayEditPeopleOf(Caller caller, String cbsCode, Set<String> networks) {
        boolean allowed = caller.isPlatformAdmin() || isOfficialOf(caller, cbsCode)
                || (caller.has(Role.SECRETARIAT) && (cbsCode == null || networks.isEmpty() || networks.contains(caller.network())));
        if (!allowed) {
            throw ProblemException.forbidden("You may only change the officials of your own network or municipality");
        }
    }

    private static boolean isOfficialOf(Caller caller, String cbsCode) {
        return caller.has(Role.MEMBER_OFFICIAL) && caller.actsFor(cbsCode);
    }

    /** A role that works for a whole network (as opposed to one municipality, or another network's system). */
    private static boolean hasNetworkRole(Caller caller) {
        return caller.network() != null && (caller.has(Role.SECRETARIAT) || caller.has(Role.BOARD)
                || caller.has(Role.TREASURER) || caller.has(Role.PILLAR_CHAIR) || caller.has(Role.PARTNER));
    }
}
