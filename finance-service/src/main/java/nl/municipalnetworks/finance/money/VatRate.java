package nl.municipalnetworks.finance.money;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A VAT rate as a percentage ({@code 21} for the Dutch standard rate), held as a {@link BigDecimal} so that
 * {@code 21}, {@code 21.0} and {@code 21.00} are one and the same rate (VAT is totalled per rate).
 */
public record VatRate(BigDecimal percent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The Dutch standard rate (21 %), the rate of Platform31's invoices ("ex BTW", convenant art. 3.1). */
    public static final VatRate STANDARD_NL = VatRate.of("21");

    public static final VatRate ZERO = VatRate.of("0");

    public VatRate {
        Objects.requireNonNull(percent, "percent");
        if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("a VAT rate is a percentage from 0 to 100, got " + percent.toPlainString());
        }
        if (percent.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("a VAT rate has at most two decimals, got " + percent.toPlainString());
        }
        // One representation per rate, so that equal rates are equal records.
        BigDecimal stripped = percent.stripTrailingZeros();
        percent = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public static VatRate of(String percent) {
        return new VatRate(new BigDecimal(percent));
    }

    /** The exact tax on {@code taxable}, before rounding: taxable x percent / 100 (no division rounding needed). */
    public BigDecimal exactTaxOn(Money taxable) {
        return taxable.amount().multiply(percent).movePointLeft(2);
    }

    /** The tax on {@code taxable}, rounded HALF_UP to the cent once. */
    public Money taxOn(Money taxable) {
        return Money.roundedToCent(exactTaxOn(taxable));
    }

    public boolean isZero() {
        return percent.signum() == 0;
    }

    @Override
    public String toString() {
        return percent.toPlainString() + " %";
    }
}
