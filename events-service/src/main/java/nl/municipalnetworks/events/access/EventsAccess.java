package nl.municipalnetworks.events.access;

import nl.municipalnetworks.commons.problem.ProblemException;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.commons.security.Role;
import nl.municipalnetworks.events.event.Audience;

import java.util.Collection;
import java.util.Set;

/**
 * Who may do what in events-service, in one place (STYLE.md roles). An event belongs to one or more networks
 * ({@code networks}); the first is its host.
 * <ul>
 *   <li><b>organise</b> (create, change, open, close, cancel, add sessions, invite guests, check people in, cancel
 *       anyone's registration): the secretariat of the host network, or the partner whose account organises the
 *       event ({@code organisedBy}: a partner creates events of several networks as long as its own network, from
 *       its token, is one of them); the platform admin;</li>
 *   <li><b>read an event</b>: a PUBLIC one anyone (no token needed); a MEMBERS one those who work in one of its
 *       networks (secretariat, board, treasurer, pillar chair, member official, partner); a BOARD one its
 *       networks' board and secretariat; the organiser always. {@code network-client} reads public events only;</li>
 *   <li><b>register</b>: an official of a member municipality registers themselves and colleagues of their own
 *       municipality (its CBS code in the token) for an event they may read; the organiser registers officials
 *       of any member and invites guests by e-mail;</li>
 *   <li><b>registrations</b> (names and e-mail: personal data): the organiser and the board of the event's
 *       networks read all of them (and the cluster breakouts' overview); an official reads those of their own
 *       municipality; nobody else. The organiser creates the cluster breakout groups;</li>
 *   <li><b>reach</b>: a network's (per member) its secretariat and board; an event's (counts by cluster and
 *       province) its organiser and the board;</li>
 *   <li><b>action items</b> (the owner's name and e-mail: personal data) are kept by the secretariat of the event's
 *       host network (add, change status); its secretariat and board read all of the network's; an official of a
 *       member of the network reads the items its own municipality owns and may mark them DONE (not cancel or
 *       reopen them); nobody else (no partner, no network-client).</li>
 * </ul>
 */
public final class EventsAccess {

    private static final Set<String> WORK_IN_NETWORK = Set.of(Role.SECRETARIAT, Role.BOARD, Role.TREASURER,
            Role.PILLAR_CHAIR, Role.MEMBER_OFFICIAL, Role.PARTNER);

    private EventsAccess() {
    }

    /** What access needs to know about an event. */
    public record Scope(String hostNetwork, Collection<String> networks, String organisedBy, Audience audience) {
    }

    public static boolean mayOrganise(Caller caller, Scope event) {
        if (caller.hasIn(Role.SECRETARIAT, event.hostNetwork())) {
            return true;
        }
        return event.organisedBy() != null && caller.has(Role.PARTNER) && event.organisedBy().equals(caller.username());
    }

    /** Creating an event: the host network's secretariat, or a partner for networks that include its own. */
    public static boolean mayCreate(Caller caller, String hostNetwork, Collection<String> networks) {
        return caller.hasIn(Role.SECRETARIAT, hostNetwork) || isPartnerIn(caller, networks);
    }

    /** A partner (not the secretariat) creating: the event is then organised by the partner's account. */
    public static boolean isPartnerIn(Caller caller, Collection<String> networks) {
        return caller.has(Role.PARTNER) && caller.network() != null && networks.contains(caller.network());
    }

    public static boolean mayRead(Caller caller, Scope event) {
        if (event.audience() == Audience.PUBLIC || mayOrganise(caller, event)) {
            return true;
        }
        if (event.audience() == Audience.BOARD) {
            return event.networks().stream().anyMatch(n -> caller.hasIn(Role.BOARD, n) || caller.hasIn(Role.SECRETARIAT, n));
        }
        return worksIn(caller, event.networks());
    }

    public static boolean worksIn(Caller caller, Collection<String> networks) {
        return caller.isPlatformAdmin()
                || networks.stream().anyMatch(n -> WORK_IN_NETWORK.stream().anyMatch(role -> caller.hasIn(role, n)));
    }

    /** Reads every registration of the event (names, e-mail): the organiser and the board. */
    public static boolean mayReadAllRegistrations(Caller caller, Scope event) {
        return mayOrganise(caller, event) || event.networks().stream().anyMatch(n -> caller.hasIn(Role.BOARD, n));
    }

    /** An official of a member municipality in one of the event's networks (which member: the token's CBS code). */
    public static boolean isOfficialFor(Caller caller, Scope event) {
        return caller.municipality() != null && event.networks().stream().anyMatch(n -> caller.hasIn(Role.MEMBER_OFFICIAL, n))
                && !caller.isPlatformAdmin();
    }

    public static void requireMayCreate(Caller caller, String hostNetwork, Collection<String> networks) {
        if (!mayCreate(caller, hostNetwork, networks)) {
            throw ProblemException.forbidden("Events of " + hostNetwork + " are organised by its secretariat, or by a partner of "
                    + "the network for the events it organises");
        }
    }

    public static void requireMayOrganise(Caller caller, Scope event) {
        if (!mayOrganise(caller, event)) {
            throw ProblemException.forbidden("Only the organiser of this event (the secretariat of " + event.hostNetwork()
                    + (event.organisedBy() != null ? " or the partner that organises it" : "") + ") manages it");
        }
    }

    /** Decisions of a general assembly are recorded by the secretariat of its host network (not a partner). */
    public static void requireMayRecordDecisions(Caller caller, Scope event) {
        if (!caller.hasIn(Role.SECRETARIAT, event.hostNetwork())) {
            throw ProblemException.forbidden("The decisions of a general assembly are recorded by the secretariat of "
                    + event.hostNetwork());
        }
    }

    public static void requireMayRead(Caller caller, Scope event) {
        if (!mayRead(caller, event) && caller.username() == null) {
            throw new SignInRequired("This event is not public: sign in to see it");
        }
        if (!mayRead(caller, event)) {
            throw ProblemException.forbidden(event.audience() == Audience.BOARD
                    ? "This event is for the board of " + String.join(", ", event.networks()) + " only"
                    : "This event is for those who work in " + String.join(", ", event.networks()));
        }
    }

    /** Every registration with names (the cluster breakouts' overview): the organiser and the board. */
    public static void requireMayReadAllRegistrations(Caller caller, Scope event) {
        if (!mayReadAllRegistrations(caller, event)) {
            throw ProblemException.forbidden("Who is in which breakout group is read by the organiser and the board of "
                    + String.join(", ", event.networks()));
        }
    }

    /** Registrations: the organiser and board (all), or an official (their own municipality's). */
    public static void requireMayReadRegistrations(Caller caller, Scope event) {
        if (!mayReadAllRegistrations(caller, event) && !(isOfficialFor(caller, event) && mayRead(caller, event))) {
            throw ProblemException.forbidden("The registrations of an event are read by its organiser, the board and the "
                    + "officials of each member municipality (their own)");
        }
    }

    public static void requireMayRegister(Caller caller, Scope event) {
        if (!mayOrganise(caller, event) && !(isOfficialFor(caller, event) && mayRead(caller, event))) {
            throw ProblemException.forbidden("Officials of member municipalities register for the events they may attend; "
                    + "the organiser registers others and invites guests");
        }
    }

    /** The reach of a network (per member: events attended, officials who came): its secretariat and board. */
    public static void requireMayReadReach(Caller caller, String network) {
        if (!caller.hasIn(Role.SECRETARIAT, network) && !caller.hasIn(Role.BOARD, network)) {
            throw ProblemException.forbidden("The reach of " + network + " is read by its secretariat and board");
        }
    }

    /** Adds action items to the network's events and changes their status: its secretariat. */
    public static boolean mayKeepActionItems(Caller caller, String network) {
        return caller.hasIn(Role.SECRETARIAT, network);
    }

    /** Reads every action item of the network: its secretariat and board. */
    public static boolean mayReadAllActionItems(Caller caller, String network) {
        return caller.hasIn(Role.SECRETARIAT, network) || caller.hasIn(Role.BOARD, network);
    }

    /** An official of a member municipality of this network (which member: the token's CBS code). */
    public static boolean isOfficialIn(Caller caller, String network) {
        return caller.municipality() != null && caller.hasIn(Role.MEMBER_OFFICIAL, network) && !caller.isPlatformAdmin();
    }

    public static void requireMayKeepActionItems(Caller caller, String network) {
        if (!mayKeepActionItems(caller, network)) {
            throw ProblemException.forbidden("The action items of " + network + "'s meetings are kept by its secretariat");
        }
    }

    /** Action items: the secretariat and board (all), or an official (their own municipality's). */
    public static void requireMayReadActionItems(Caller caller, String network) {
        if (!mayReadAllActionItems(caller, network) && !isOfficialIn(caller, network)) {
            throw ProblemException.forbidden("The action items of " + network + " are read by its secretariat and board, "
                    + "and by the officials of each member municipality (those it owns)");
        }
    }

    /**
     * Changing an action item's status: the secretariat; an official of the municipality that owns it only marks it
     * DONE ({@code ownItem}: the item's owner municipality is the caller's).
     */
    public static void requireMayChangeActionItem(Caller caller, String network, boolean ownItem, boolean toDone) {
        if (mayKeepActionItems(caller, network)) {
            return;
        }
        if (!(isOfficialIn(caller, network) && ownItem)) {
            throw ProblemException.forbidden("An action item is changed by the secretariat of " + network
                    + ", or marked done by an official of the municipality that owns it");
        }
        if (!toDone) {
            throw ProblemException.forbidden("An official marks their municipality's action item DONE; the secretariat of "
                    + network + " cancels or reopens it");
        }
    }
}
