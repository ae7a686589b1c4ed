package nl.municipalnetworks.pillar.access;

import nl.municipalnetworks.commons.problem.ProblemException;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.commons.security.Role;

import java.util.Set;

/**
 * Who may do what in pillar-service, in one place (STYLE.md roles):
 * <ul>
 *   <li>anyone reads pillars, themes, the theme graph, activities and showcases, without names of people;</li>
 *   <li>names of chairs, officials and supporters: those who work in that network (secretariat, board,
 *       treasurer, pillar chair, member official, partner) and the platform admin; never {@code network-client};</li>
 *   <li>the secretariat manages everything of its network (pillars, chairs, themes and their links,
 *       activities, showcases, every participation);</li>
 *   <li>a pillar chair manages their own pillar: its description, supporting civil servants, the themes under
 *       it, their activities and the participations in them. Which pillar is theirs is the {@code pillar} claim
 *       of their token (Keycloak user attribute {@code pillar} = the pillar's code), kept in the realm file;</li>
 *   <li>a member official starts and ends their own municipality's participations;</li>
 *   <li>the lobby (lines, messages, position papers, stakeholders and their contact persons) is read by those who
 *       work in the network; the secretariat and the pillar's chair manage a pillar's lobby items, the secretariat
 *       and every pillar chair of the network the stakeholders.</li>
 * </ul>
 */
public final class PillarAccess {

    private static final Set<String> WORK_IN_NETWORK = Set.of(Role.SECRETARIAT, Role.BOARD, Role.TREASURER,
            Role.PILLAR_CHAIR, Role.MEMBER_OFFICIAL, Role.PARTNER);

    private PillarAccess() {
    }

    public static boolean maySeeNamesIn(Caller caller, String network) {
        return caller.isPlatformAdmin() || WORK_IN_NETWORK.stream().anyMatch(role -> caller.hasIn(role, network));
    }

    public static boolean mayManageNetwork(Caller caller, String network) {
        return caller.hasIn(Role.SECRETARIAT, network);
    }

    /** @param pillarCode the pillar the thing belongs to; null for a standalone theme (secretariat only) */
    public static boolean mayManagePillar(Caller caller, String network, String pillarCode) {
        return mayManageNetwork(caller, network)
                || (pillarCode != null && caller.hasIn(Role.PILLAR_CHAIR, network) && pillarCode.equals(caller.pillar()));
    }

    public static void requireMayManageNetwork(Caller caller, String network) {
        if (!mayManageNetwork(caller, network)) {
            throw ProblemException.forbidden("Only the secretariat of " + network + " manages this");
        }
    }

    public static void requireMayManagePillar(Caller caller, String network, String pillarCode) {
        if (!mayManagePillar(caller, network, pillarCode)) {
            throw ProblemException.forbidden("Only the secretariat of " + network + " or the chair of this pillar manages this");
        }
    }

    public static void requireMayReadLobby(Caller caller, String network) {
        if (!maySeeNamesIn(caller, network)) {
            throw ProblemException.forbidden("The lobby of " + network + " is read by those who work in that network");
        }
    }

    public static void requireMayManageStakeholders(Caller caller, String network) {
        if (!mayManageNetwork(caller, network) && !caller.hasIn(Role.PILLAR_CHAIR, network)) {
            throw ProblemException.forbidden("Only the secretariat or a pillar chair of " + network + " manages its stakeholders");
        }
    }

    /** Starting or ending a participation of a municipality (by CBS code) in a pillar or theme. */
    public static void requireMayManageParticipation(Caller caller, String network, String pillarCode,
                                                     String municipalityCbsCode) {
        boolean ownMunicipality = caller.hasIn(Role.MEMBER_OFFICIAL, network) && caller.actsFor(municipalityCbsCode);
        if (!ownMunicipality && !mayManagePillar(caller, network, pillarCode)) {
            throw ProblemException.forbidden("Only the secretariat of " + network
                    + ", the chair of the pillar or an official of the municipality itself manages its participation");
        }
    }
}
