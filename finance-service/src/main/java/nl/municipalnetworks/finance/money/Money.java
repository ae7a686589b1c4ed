package nl.municipalnetworks.finance.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount in euros, exact to the cent: a {@link BigDecimal} with scale 2, never a floating-point number
 * (0.1 + 0.2 is not 0.3 in a {@code double}, and an invoice must add up to the cent).
 *
 * <p>Making a {@code Money} never rounds silently: an amount with more than two decimals is refused, and code
 * that computes an exact product (inhabitants x rate, taxable amount x VAT rate) rounds it once, explicitly,
 * with {@link #roundedToCent(BigDecimal)}: half a cent and more goes up, away from zero (HALF_UP), the
 * commercial rounding that EN 16931 implementations use for line, VAT and document amounts.
 *
 * <p>Amounts may be negative: a settlement that reduces an invoice and a credit note are negative amounts.
 * The currency is always the euro (EUR, ISO 4217): the networks are Dutch municipalities.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    /** Every money amount has exactly two decimals: whole cents. */
    public static final int SCALE = 2;

    /** The one rounding mode for money here: 0.005 becomes 0.01, -0.005 becomes -0.01. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    public static final String CURRENCY = "EUR";

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Objects.requireNonNull(amount, "amount");
        try {
            amount = amount.setScale(SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException moreThanCents) {
            throw new IllegalArgumentException("an amount of money is whole cents, got " + amount.toPlainString()
                    + "; round an exact product explicitly with Money.roundedToCent");
        }
    }

    /** {@code Money.euros("15216.90")}: from text, so that no floating-point value is ever involved. */
    public static Money euros(String amount) {
        return new Money(new BigDecimal(amount));
    }

    public static Money euros(long wholeEuros) {
        return new Money(BigDecimal.valueOf(wholeEuros));
    }

    public static Money cents(long cents) {
        return new Money(BigDecimal.valueOf(cents, SCALE));
    }

    /** The one place where an exact amount becomes money: rounded HALF_UP to the cent. */
    public static Money roundedToCent(BigDecimal exact) {
        return new Money(exact.setScale(SCALE, ROUNDING));
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public Money negated() {
        return new Money(amount.negate());
    }

    public long inCents() {
        return amount.movePointRight(SCALE).longValueExact();
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    /** {@code EUR 15216.90}: plain, unambiguous, not localised (the portal formats for Dutch readers). */
    @Override
    public String toString() {
        return CURRENCY + " " + amount.toPlainString();
    }
}
