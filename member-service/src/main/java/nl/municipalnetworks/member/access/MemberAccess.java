package nl.municipalnetworks.member.access;

import nl.municipalnetworks.commons.problem.ProblemException;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.commons.security.Role;

/**
 * Who may do what in member-service, in one place. Resources let in the roles with
 * {@code @RolesAllowed}; these rules add the scope: the network and municipality a caller acts for.
 */
public final class MemberAccess {

    private MemberAccess() {
    }

    /** Registering municipalities and population counts: any network's secretariat. */
    public static void requireRegisterKeeper(Caller caller) {
        if (!caller.isPlatformAdmin() && !caller.has(Role.SECRETARIAT)) {
            throw ProblemException.forbidden("Only a secretariat keeps the municipality register");
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
        if (!caller.hasIn(Role.SECRETARIAT, network) && !caller.hasIn(Role.BOARD, network)) {
            throw ProblemException.forbidden("Only the secretariat and board of " + network + " may see this");
        }
    }

    /**
     * Officials of a municipality (names, roles): everyone who works with the network, except that a
     * member official sees only the people of their own municipality, and other networks' systems
     * see no people at all.
     */
    public static boolean maySeePeopleOf(Caller caller, String municipalityCbsCode) {
        if (maySeePeopleOfEveryMunicipality(caller)) {
            return true;
        }
        return caller.has(Role.MEMBER_OFFICIAL) && caller.actsFor(municipalityCbsCode);
    }

    public static boolean maySeePeopleOfEveryMunicipality(Caller caller) {
        return caller.isPlatformAdmin() || caller.has(Role.SECRETARIAT) || caller.has(Role.BOARD)
                || caller.has(Role.TREASURER) || caller.has(Role.PILLAR_CHAIR) || caller.has(Role.PARTNER);
    }

    /** E-mail and phone (personal data under the GDPR): secretariat, board, officials of the same municipality. */
    public static boolean maySeeContactDetailsOf(Caller caller, String municipalityCbsCode) {
        return caller.isPlatformAdmin() || caller.has(Role.SECRETARIAT) || caller.has(Role.BOARD)
                || (caller.has(Role.MEMBER_OFFICIAL) && caller.actsFor(municipalityCbsCode));
    }

    /** Adding and changing officials: the secretariat, or an official for their own municipality. */
    public static void requireMayEditPeopleOf(Caller caller, String municipalityCbsCode) {
        boolean allowed = caller.isPlatformAdmin() || caller.has(Role.SECRETARIAT)
                || (caller.has(Role.MEMBER_OFFICIAL) && caller.actsFor(municipalityCbsCode));
        if (!allowed) {
            throw ProblemException.forbidden("You may only change the officials of your own municipality");
        }
    }

    public static void requireMaySeePeopleOf(Caller caller, String municipalityCbsCode) {
        if (!maySeePeopleOf(caller, municipalityCbsCode)) {
            throw ProblemException.forbidden("You may only see the officials of your own municipality");
        }
    }
}
