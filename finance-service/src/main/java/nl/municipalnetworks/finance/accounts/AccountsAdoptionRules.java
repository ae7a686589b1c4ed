package nl.municipalnetworks.finance.accounts;

import nl.municipalnetworks.commons.problem.ProblemException;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * When the annual accounts of a year may be recorded as adopted, in plain Java: at a meeting held after the year
 * ended (the accounts of a year are drawn up once it is over) and not in the future; once per network and year; and
 * once per decision, so that the same decision delivered or sent again records nothing new.
 */
public final class AccountsAdoptionRules {

    private AccountsAdoptionRules() {
    }

    /** An adoption already recorded. */
    public record Recorded(String network, int year, UUID decisionId, LocalDate adoptedOn, String meetingTitle) {
    }

    /** What an adoption request comes to: a new adoption, or the one its decision already recorded. */
    public enum Outcome {
        NEW,
        REPEAT
    }

    /** The meeting's day: after 31 December of {@code year} and not after {@code today} (400 meetingDate). */
    public static void checkAdoptedOn(int year, LocalDate adoptedOn, LocalDate today) {
        if (adoptedOn.isAfter(today)) {
            throw ProblemException.invalid("meetingDate", "must not be in the future (" + adoptedOn
                    + "): accounts are adopted at a meeting that was held");
        }
        if (adoptedOn.getYear() <= year) {
            throw ProblemException.invalid("meetingDate", "must be after " + year + " ended (" + adoptedOn
                    + "): the accounts of a year are adopted once the year is over");
        }
    }

    /**
     * {@link Outcome#REPEAT} when {@code sameDecision} recorded these very accounts; a 409 when that decision adopted
     * other accounts (decisionId), or when another decision already adopted this year's (year); else NEW.
     */
    public static Outcome outcome(String network, int year, UUID decisionId, Optional<Recorded> sameDecision,
                                  Optional<Recorded> sameYear) {
        if (sameDecision.isPresent()) {
            Recorded earlier = sameDecision.get();
            if (earlier.network().equals(network) && earlier.year() == year) {
                return Outcome.REPEAT;
            }
            throw ProblemException.conflict("decisionId", "decision " + decisionId + " already adopted the annual accounts of "
                    + earlier.network() + " for " + earlier.year() + ": one decision adopts the accounts of one year");
        }
        if (sameYear.isPresent()) {
            Recorded earlier = sameYear.get();
            throw ProblemException.conflict("year", "the annual accounts of " + network + " for " + year
                    + " were already adopted on " + earlier.adoptedOn() + " (" + earlier.meetingTitle() + ", decision "
                    + earlier.decisionId() + "): the accounts of a year are adopted once");
        }
        return Outcome.NEW;
    }
}
