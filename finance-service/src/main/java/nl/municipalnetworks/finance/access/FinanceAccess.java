package nl.municipalnetworks.finance.access;

import nl.municipalnetworks.commons.problem.ProblemException;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.commons.security.Role;

import java.util.Set;

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
 *   <li>budgets and bills: the treasurer manages the network's budgets (drafts, proposes, records the general
 *       assembly's adoption, drafts amendments), its bills (records, approves, records payment) and records the
 *       general assembly's adoption of the annual accounts. The board and the secretariat read every version of a
 *       budget, the bills and every report;</li>
 *   <li>an official of a member reads the budgets its network's general assembly adopted (the members' own decision,
 *       public to them) and the annual accounts (income and expenses per category and the result, which the general
 *       assembly adopts), not drafts or proposals still being worked on, not the bills (a bill shows a supplier's
 *       invoice and what was agreed with the lobby bureau or the secretariat: the board's business; the accounts show
 *       what was spent per category) and not the interim reports (actuals at a date, the half-year report BERAP,
 *       which go to the board);</li>
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

    /** Everything of the network only: the bills and the interim reports. */
    public static void requireMayReadAllOf(Caller caller, String network) {
        if (!mayReadAllOf(caller, network)) {
            throw ProblemException.forbidden("The bills and interim reports of " + network
                    + " are read by its treasurer, board and secretariat");
        }
    }

    /** A version of a budget: every version for those who read all; an adopted one for the officials of the members. */
    public static boolean mayReadBudget(Caller caller, String network, boolean adopted) {
        return mayReadAllOf(caller, network) || (adopted && isOfficialIn(caller, network));
    }

    public static void requireMayReadBudget(Caller caller, String network, boolean adopted) {
        if (!mayReadBudget(caller, network, adopted)) {
            throw ProblemException.forbidden(isOfficialIn(caller, network)
                    ? "The officials of the members read the budgets the general assembly adopted, not drafts or proposals"
                    : "The budgets of " + network + " are read by its treasurer, board, secretariat and the officials of its members");
        }
    }

    /**
     * A reader of the whole network, for a computation whose outcome the caller sees only as a sum (the collector's
     * own contribution in the accounts); never a caller of the API.
     */
    public static Caller wholeNetwork(String network) {
        return new Caller("finance-service", Set.of(Role.BOARD), network, null);
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
