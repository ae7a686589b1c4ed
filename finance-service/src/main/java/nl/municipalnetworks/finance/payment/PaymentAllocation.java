package nl.municipalnetworks.finance.payment;

import nl.municipalnetworks.finance.invoice.InvoiceStatus;
import nl.municipalnetworks.finance.money.Money;

/**
 * What a payment does to the invoice it is matched to, in one place:
 * <ul>
 *   <li>it pays what is still open on the invoice, at most: {@code applied};</li>
 *   <li>what it brings beyond that is kept as the payer's {@code credit} (shown on the payment and in the payer's
 *       balance; paid back or set against a next invoice by the treasurer);</li>
 *   <li>the invoice is PAID when nothing is open any more; a part payment makes an ISSUED invoice PARTLY_PAID and
 *       leaves a PARTLY_PAID or OVERDUE one as it is (an overdue invoice stays overdue until paid in full); a
 *       paid invoice paid again stays PAID, the whole payment being credit.</li>
 * </ul>
 * A credited invoice takes no payments: it is no longer owed.
 */
public record PaymentAllocation(Money applied, Money credit, Money paidAfter, InvoiceStatus statusAfter) {

    public static PaymentAllocation of(Money total, Money paidBefore, InvoiceStatus status, Money payment) {
        if (!payment.isPositive()) {
            throw new IllegalArgumentException("a payment is more than zero, not " + payment);
        }
        if (status == InvoiceStatus.CREDITED || status == InvoiceStatus.DRAFT) {
            throw new IllegalStateException("an invoice that is " + status.name().toLowerCase().replace('_', ' ')
                    + " takes no payments");
        }
        Money open = total.minus(paidBefore);
        if (open.isNegative()) {
            open = Money.ZERO;
        }
        Money applied = payment.compareTo(open) <= 0 ? payment : open;
        Money credit = payment.minus(applied);
        Money paidAfter = paidBefore.plus(applied);
        InvoiceStatus after = status;
        if (paidAfter.compareTo(total) >= 0) {
            after = status == InvoiceStatus.PAID ? InvoiceStatus.PAID : status.moveTo(InvoiceStatus.PAID);
        } else if (applied.isPositive() && status == InvoiceStatus.ISSUED) {
            after = status.moveTo(InvoiceStatus.PARTLY_PAID);
        }
        return new PaymentAllocation(applied, credit, paidAfter, after);
    }

    /** What is still open on the invoice after the payment. */
    public Money outstandingAfter(Money total) {
        Money open = total.minus(paidAfter);
        return open.isNegative() ? Money.ZERO : open;
    }
}
