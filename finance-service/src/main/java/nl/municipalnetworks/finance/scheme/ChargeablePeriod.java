package nl.municipalnetworks.finance.scheme;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The days of one calendar year for which a payer owes a contribution under one fee scheme: the year, cut to
 * the scheme's validity and to the payer's own period (membership or agreement). All dates are inclusive
 * Dutch calendar days (Europe/Amsterdam); no time of day is involved.
 */
public record ChargeablePeriod(int year, LocalDate from, LocalDate to) {

    public ChargeablePeriod {
        if (from.getYear() != year || to.getYear() != year || to.isBefore(from)) {
            throw new IllegalArgumentException("a chargeable period lies within " + year + ", got " + from + " to " + to);
        }
    }

    /**
     * The part of {@code year} covered by both ranges, or empty when they leave nothing of it.
     *
     * @param participationTo the payer's last day, or {@code null} while it takes part without an end
     */
    public static Optional<ChargeablePeriod> of(int year, FeeScheme scheme, LocalDate participationFrom, LocalDate participationTo) {
        LocalDate from = latest(LocalDate.of(year, 1, 1), scheme.validFrom(), participationFrom);
        LocalDate to = earliest(LocalDate.of(year, 12, 31), scheme.validTo(), participationTo);
        return to.isBefore(from) ? Optional.empty() : Optional.of(new ChargeablePeriod(year, from, to));
    }

    public boolean coversWholeYear() {
        return from.getDayOfYear() == 1 && to.equals(LocalDate.of(year, 12, 31));
    }

    /** Calendar months with at least one day in this period: 1 to 12. */
    public int monthsTouched() {
        return (int) ChronoUnit.MONTHS.between(from.withDayOfMonth(1), to.withDayOfMonth(1)) + 1;
    }

    private static LocalDate latest(LocalDate first, LocalDate... others) {
        LocalDate result = first;
        for (LocalDate other : others) {
            if (other != null && other.isAfter(result)) {
                result = other;
            }
        }
        return result;
    }

    private static LocalDate earliest(LocalDate first, LocalDate... others) {
        LocalDate result = first;
        for (LocalDate other : others) {
            if (other != null && other.isBefore(result)) {
                result = other;
            }
        }
        return result;
    }
}
