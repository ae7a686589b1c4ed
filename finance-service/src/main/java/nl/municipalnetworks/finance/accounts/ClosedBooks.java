package nl.municipalnetworks.finance.accounts;

import nl.municipalnetworks.commons.problem.ProblemException;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rule that adopted accounts close the books of their year, in plain Java. The annual accounts the general
 * assembly adopted are what the members decided the year came to; a bill, payment, credit note or contribution booked
 * on that year afterwards would make the books say something else than the accounts they adopted. So once a year is
 * closed, every change dated in it, or of something booked on it, is refused (409) with the day of the adoption; the
 * years before and after stay open (a correction found later is booked in the running year).
 *
 * <p>Which changes count is the callers' business ({@link ClosedYears} reads the adoptions): a bill by its date, a
 * payment by the day the bank booked it, a credit note and a contribution run by the contribution's year.
 */
public final class ClosedBooks {

    private final Map<Integer, ClosedYear> closed;

    private ClosedBooks(Map<Integer, ClosedYear> closed) {
        this.closed = closed;
    }

    /** The books of one network with these years closed (none, when empty). */
    public static ClosedBooks of(Collection<ClosedYear> adopted) {
        return new ClosedBooks(adopted.stream().collect(Collectors.toUnmodifiableMap(ClosedYear::year, Function.identity())));
    }

    /** The adoption that closed {@code year}, if one did. */
    public Optional<ClosedYear> closing(int year) {
        return Optional.ofNullable(closed.get(year));
    }

    /** The adoption that closed the year {@code date} falls in, if one did. */
    public Optional<ClosedYear> closing(LocalDate date) {
        return closing(date.getYear());
    }

    /**
     * Nothing, when {@code year} is open; else a 409 that says {@code change} and when the accounts were adopted,
     * naming {@code field} when the request has one that puts the change in that year (null when none).
     */
    public void requireOpen(int year, String field, String change) {
        closing(year).ifPresent(adopted -> {
            String refusal = adopted.refusal(change);
            throw field == null ? ProblemException.conflict(refusal) : ProblemException.conflict(field, refusal);
        });
    }

    /** As {@link #requireOpen(int, String, String)} for the year {@code date} falls in. */
    public void requireOpen(LocalDate date, String field, String change) {
        requireOpen(date.getYear(), field, change);
    }
}
