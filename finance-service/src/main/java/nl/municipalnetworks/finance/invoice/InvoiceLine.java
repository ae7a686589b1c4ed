package nl.municipalnetworks.finance.invoice;

import nl.municipalnetworks.finance.money.Money;
import nl.municipalnetworks.finance.money.VatTreatment;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of an invoice, computed as EN 16931 does: the line net amount (BT-131) is quantity (BT-129) x net
 * price (BT-146) / price base quantity (BT-149), rounded HALF_UP to the cent once, from the exact product.
 *
 * <p>A price is never negative (BR-27); a reduction, such as a surplus settled against the last year's
 * contribution, is a line with a negative quantity. The base quantity lets a line charge part of a yearly
 * price exactly: 10 months at EUR 15,216.90 per 12 months is 10 x 15,216.90 / 12 = EUR 12,680.75.
 *
 * @param unitPrice    euros per {@code baseQuantity} units, exact; may have more than two decimals (0.15)
 * @param baseQuantity how many units the price is for; 1 unless a price is per year and the quantity in months
 */
public record InvoiceLine(String description, BigDecimal quantity, QuantityUnit unit, BigDecimal unitPrice,
                          BigDecimal baseQuantity, VatTreatment vat) {

    public InvoiceLine {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(baseQuantity, "baseQuantity");
        Objects.requireNonNull(vat, "vat");
        if (description.isBlank()) {
            throw new IllegalArgumentException("an invoice line says what it charges");
        }
        if (unitPrice.signum() < 0) {
            throw new IllegalArgumentException("a price is never negative (EN 16931 BR-27); give a reduction a negative quantity");
        }
        if (baseQuantity.signum() <= 0) {
            throw new IllegalArgumentException("a price base quantity is above zero, got " + baseQuantity.toPlainString());
        }
    }

    /** A line whose price is for one unit. */
    public static InvoiceLine of(String description, BigDecimal quantity, QuantityUnit unit, BigDecimal unitPrice, VatTreatment vat) {
        return new InvoiceLine(description, quantity, unit, unitPrice, BigDecimal.ONE, vat);
    }

    /** The line net amount (BT-131): quantity x price / base quantity, rounded HALF_UP to the cent once. */
    public Money netAmount() {
        // divide(divisor, scale, mode) rounds the exact quotient, so there is exactly one rounding per line.
        return new Money(quantity.multiply(unitPrice).divide(baseQuantity, Money.SCALE, Money.ROUNDING));
    }
}
