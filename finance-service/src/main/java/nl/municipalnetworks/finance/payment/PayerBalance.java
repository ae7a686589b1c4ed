package nl.municipalnetworks.finance.payment;

import nl.municipalnetworks.finance.invoice.InvoiceStatus;
import nl.municipalnetworks.finance.money.Money;
import nl.municipalnetworks.finance.overdue.ReminderSchedule;

import java.time.LocalDate;
import java.util.List;

/**
 * Where one payer (a municipality) stands with a network on a given day:
 * <ul>
 *   <li>{@code invoiced}: the totals of its invoices, credited ones left out (a credit note cancelled them);</li>
 *   <li>{@code paid}: all money received from it and matched to its invoices, including its credit;</li>
 *   <li>{@code outstanding}: what is still open on its invoices (credited ones owe nothing);</li>
 *   <li>{@code overdue}: the part of {@code outstanding} on invoices past their due date;</li>
 *   <li>{@code credit}: money it paid beyond what its invoices ask: overpayments, and what it had paid on
 *       invoices that were credited afterwards.</li>
 * </ul>
 * So {@code invoiced - paid = outstanding - credit}: what it owes on balance (negative: the network owes it).
 */
public record PayerBalance(Money invoiced, Money paid, Money outstanding, Money overdue, Money credit) {

    /** One invoice of the payer as it stands. */
    public record InvoiceFacts(Money total, Money paid, InvoiceStatus status, LocalDate dueDate) {
    }

    /**
     * @param paymentCredit the credit parts of the payer's matched payments (what they paid beyond the invoice)
     */
    public static PayerBalance of(List<InvoiceFacts> invoices, Money paymentCredit, LocalDate today) {
        Money invoiced = Money.ZERO;
        Money paidOnInvoices = Money.ZERO;
        Money outstanding = Money.ZERO;
        Money overdue = Money.ZERO;
        Money credit = paymentCredit;
        for (InvoiceFacts invoice : invoices) {
            if (invoice.status() == InvoiceStatus.CREDITED) {
                credit = credit.plus(invoice.paid());
                continue;
            }
            invoiced = invoiced.plus(invoice.total());
            paidOnInvoices = paidOnInvoices.plus(invoice.paid());
            Money open = invoice.total().minus(invoice.paid());
            if (open.isPositive()) {
                outstanding = outstanding.plus(open);
                if (ReminderSchedule.isOverdue(invoice.dueDate(), today)) {
                    overdue = overdue.plus(open);
                }
            }
        }
        return new PayerBalance(invoiced, paidOnInvoices.plus(credit), outstanding, overdue, credit);
    }
}
