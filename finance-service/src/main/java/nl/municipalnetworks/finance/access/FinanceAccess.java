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
}
