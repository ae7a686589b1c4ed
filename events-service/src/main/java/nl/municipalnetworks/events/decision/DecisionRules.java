package nl.municipalnetworks.events.decision;

import nl.municipalnetworks.commons.problem.ProblemException;
import nl.municipalnetworks.events.decision.DecisionDtos.DecisionData;
import nl.municipalnetworks.events.event.EventKind;
import nl.municipalnetworks.events.event.EventStatus;

import java.time.LocalDate;
import java.util.List;

/** Which decisions an event takes: plain Java, so that the rules are tested without a database. */
public final class DecisionRules {

    private DecisionRules() {
    }

    /**
     * Checks a decision for an event and answers the day it was decided. Only a general assembly decides (409 for
     * another kind, and for a cancelled assembly); a budget's adoption names the budget of one of the event's networks (400 budget),
     * the annual accounts' adoption the accounts of one of them for a year that has ended (400 accounts); the day is
     * the meeting's unless given, and is not in the future (400 decidedOn).
     */
    public static LocalDate check(EventKind eventKind, EventStatus eventStatus, List<String> networks, LocalDate meetingDay,
                                  DecisionData request, LocalDate today) {
        if (eventKind != EventKind.GENERAL_ASSEMBLY) {
            throw ProblemException.conflict("only a general assembly takes decisions; this event is a " + eventKind);
        }
        if (eventStatus == EventStatus.CANCELLED) {
            throw ProblemException.conflict("the general assembly was cancelled: it took no decisions");
        }
        if (request.kind() == DecisionKind.BUDGET_ADOPTED && request.budget() == null) {
            throw ProblemException.invalid("budget", "is required for BUDGET_ADOPTED: the network and year of the budget adopted");
        }
        if (request.kind() != DecisionKind.BUDGET_ADOPTED && request.budget() != null) {
            throw ProblemException.invalid("budget", "is only given for BUDGET_ADOPTED");
        }
        if (request.budget() != null && !networks.contains(request.budget().network())) {
            throw ProblemException.invalid("budget.network", "a general assembly of " + String.join(", ", networks)
                    + " adopts a budget of its own network");
        }
        if (request.kind() == DecisionKind.ANNUAL_ACCOUNTS_ADOPTED && request.accounts() == null) {
            throw ProblemException.invalid("accounts", "is required for ANNUAL_ACCOUNTS_ADOPTED: the network and year of the "
                    + "annual accounts adopted");
        }
        if (request.kind() != DecisionKind.ANNUAL_ACCOUNTS_ADOPTED && request.accounts() != null) {
            throw ProblemException.invalid("accounts", "is only given for ANNUAL_ACCOUNTS_ADOPTED");
        }
        if (request.accounts() != null && !networks.contains(request.accounts().network())) {
            throw ProblemException.invalid("accounts.network", "a general assembly of " + String.join(", ", networks)
                    + " adopts the annual accounts of its own network");
        }
        LocalDate decidedOn = request.decidedOn() != null ? request.decidedOn() : meetingDay;
        if (request.accounts() != null && request.accounts().year() >= decidedOn.getYear()) {
            throw ProblemException.invalid("accounts.year", "the accounts of " + request.accounts().year()
                    + " are adopted once that year has ended, not on " + decidedOn);
        }
        if (decidedOn.isAfter(today)) {
            throw ProblemException.invalid("decidedOn", "must not be in the future (" + decidedOn
                    + "): a decision is recorded once the meeting has taken it");
        }
        return decidedOn;
    }
}
