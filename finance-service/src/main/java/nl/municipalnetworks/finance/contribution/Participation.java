package nl.municipalnetworks.finance.contribution;

import nl.municipalnetworks.finance.agreement.Agreement;
import nl.municipalnetworks.finance.party.Party;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The days a payer owes contributions for: its membership of the network (M50) or its agreement (G40 cities
 * with Platform31), first and last day inclusive.
 *
 * @param to the last day, or {@code null} while there is no end (a member that has not left)
 */
public record Participation(Party payer, LocalDate from, LocalDate to) {

    public Participation {
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(from, "from");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("a participation ends on or after its first day, got " + from + " to " + to);
        }
    }

    /** An agreement's participation: from the start of its term to its effective end (after any notice). */
    public static Participation of(Agreement agreement) {
        return new Participation(agreement.payer(), agreement.term().start(), agreement.effectiveEnd());
    }
}
