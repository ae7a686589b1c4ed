package nl.municipalnetworks.finance.contribution;

import nl.municipalnetworks.finance.agreement.Agreement;
import nl.municipalnetworks.finance.party.Party;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The days a payer owes contributions for: its membership of the network (M50) or its agreement (G40 cities
 * with Platform31), first and last day inclusive.
 *
 * @param to         the last day, or {@code null} while there is no end (a member that has not left)
 * @param countedFor whose inhabitants a per-inhabitant fee counts: the payer itself, or, after a merger moved an
 *                   agreement to the successor, the merged municipality the agreement was made for
 */
public record Participation(Party payer, LocalDate from, LocalDate to, Party countedFor) {

    public Participation {
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(countedFor, "countedFor");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("a participation ends on or after its first day, got " + from + " to " + to);
        }
    }

    /** The payer's own participation, counted on its own inhabitants. */
    public Participation(Party payer, LocalDate from, LocalDate to) {
        this(payer, from, to, payer);
    }

    /** An agreement's participation: from the start of its term to its effective end (after any notice). */
    public static Participation of(Agreement agreement) {
        return new Participation(agreement.payer(), agreement.term().start(), agreement.effectiveEnd());
    }

    /**
     * An agreement's participations when its payer merged into {@code successor} on {@code mergedOn}
     * (herindeling): the payer up to the day before, the successor from that day to the agreement's end. The
     * obligation moves; the basis does not: the successor pays on the merged municipality's count on the
     * scheme's reference date, as agreed. A merger after the agreement ended changes nothing.
     */
    public static List<Participation> of(Agreement agreement, Party successor, LocalDate mergedOn) {
        Participation whole = of(agreement);
        if (whole.to() != null && mergedOn.isAfter(whole.to())) {
            return List.of(whole);
        }
        Participation moved = new Participation(successor, mergedOn.isAfter(whole.from()) ? mergedOn : whole.from(),
                whole.to(), agreement.payer());
        if (!mergedOn.isAfter(whole.from())) {
            return List.of(moved);
        }
        return List.of(new Participation(agreement.payer(), whole.from(), mergedOn.minusDays(1)), moved);
    }
}
