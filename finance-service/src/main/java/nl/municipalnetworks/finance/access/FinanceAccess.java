package nl.municipalnetworks.finance.access;

import nl.municipalnetworks.commons.problem.ProblemException;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.commons.security.Role;

/**
 * Who may do what in finance-service, in one place (STYLE.md roles):
 * <ul>
 *   <li>the treasurer of a network manages its fee schemes and agreements (adds them, records written notice),
 *       runs the yearly contribution run that issues its invoices, registers and matches payments, imports bank
 *       statements, records reminders and issues credit notes; the platform admin may too;</li>
 *   <li>the board ("reads all, decides") and the secretariat of a network read all of that network's finances:
 *       fee schemes, agreements, the contribution preview, invoices, payments (unmatched ones too), balances, overdue
 *       invoices and due reminders, credit notes. The secretariat does not manage them: STYLE.md gives it members,
 *       events and documents, and finances to the treasurer;</li>
 *   <li>a member official acts for its own municipality only: it reads the fee schemes of its network (what its
 *       contribution is based on), its own municipality's agreements, invoices, payments (those matched to its
 *       invoices), balance, overdue invoices, reminders and credit notes, and its own lines of the contribution
 *       preview, nothing of other municipalities (an unmatched payment belongs to no municipality yet: the treasurer,
 *       board and secretariat see it);</li>
 *   <li>billing details of parties (who sends and receives invoices, {@code party/}) are shared by every network: a
 *       municipality has one address and one account whichever network invoices it. The treasurer of any network
 *       and the platform admin manage them; the board and the secretariat of any network read them; a member
 *       official reads only its own municipality's;</li>
 *   <li>pillar chairs, partners and {@code network-client} see nothing here (403); anonymous callers 401.</li>
 * </ul>
 */
public final class FinanceAccess {

    private FinanceAccess() {
    }

    public static boolean mayManage(Caller caller, String network) {
        return caller.hasIn(Role.TREASURER, network);
    }

    /** Everything of the network: the treasurer, the board, the secretariat (and the platform admin). */
    public static boolean mayReadAllOf(Caller caller, String network) {
        return mayManage(caller, network) || caller.hasIn(Role.BOARD, network) || caller.hasIn(Role.SECRETARIAT, network);
    }

    /** An official of a member of the network: its own municipality's data only (its CBS code in the token). */
    public static boolean isOfficialIn(Caller caller, String network) {
        return caller.hasIn(Role.MEMBER_OFFICIAL, network) && caller.municipality() != null;
    }

    /** Reads about one municipality (by CBS code): those who read all of the network, or its own official. */
    public static boolean mayReadMunicipality(Caller caller, String network, String cbsCode) {
        return mayReadAllOf(caller, network) || (isOfficialIn(caller, network) && caller.actsFor(cbsCode));
    }

    public static void requireMayManage(Caller caller, String network) {
        if (!mayManage(caller, network)) {
            throw ProblemException.forbidden("Only the treasurer of " + network + " manages its finances");
        }
    }

    /** Fee schemes, lists and the preview: the whole network, or an official's own part of it. */
    public static void requireMayReadIn(Caller caller, String network) {
        if (!mayReadAllOf(caller, network) && !isOfficialIn(caller, network)) {
            throw ProblemException.forbidden("The finances of " + network
                    + " are read by its treasurer, board, secretariat and the officials of its members");
        }
    }

    public static void requireMayReadMunicipality(Caller caller, String network, String cbsCode) {
        if (!mayReadMunicipality(caller, network, cbsCode)) {
            throw ProblemException.forbidden("An official reads only the finances of their own municipality");
        }
    }

    /** Billing details of parties, shared by the networks: the treasurer of any network, or the platform admin. */
    public static boolean mayManageParties(Caller caller) {
        return caller.isPlatformAdmin() || (caller.has(Role.TREASURER) && caller.network() != null);
    }

    /** Every party's billing details: those who manage them, and the board and secretariat of any network. */
    public static boolean mayReadAllParties(Caller caller) {
        return mayManageParties(caller) || (caller.network() != null
                && (caller.has(Role.BOARD) || caller.has(Role.SECRETARIAT)));
    }

    /** An official of a member municipality: its own municipality's billing details only (its CBS code). */
    public static boolean isOfficial(Caller caller) {
        return caller.has(Role.MEMBER_OFFICIAL) && caller.municipality() != null;
    }

    public static void requireMayManageParties(Caller caller) {
        if (!mayManageParties(caller)) {
            throw ProblemException.forbidden("Billing details of parties are managed by the treasurers of the networks");
        }
    }

    public static void requireMayReadParties(Caller caller) {
        if (!mayReadAllParties(caller) && !isOfficial(caller)) {
            throw ProblemException.forbidden("Billing details are read by the treasurers, boards and secretariats, "
                    + "and by officials for their own municipality");
        }
    }

    /** One party's details: those who read all, or the official of the party's municipality (its CBS code). */
    public static void requireMayReadParty(Caller caller, String municipalityCbsCode) {
        if (!mayReadAllParties(caller) && !(isOfficial(caller) && caller.actsFor(municipalityCbsCode))) {
            throw ProblemException.forbidden("An official reads only the billing details of their own municipality");
        }
    }
}
