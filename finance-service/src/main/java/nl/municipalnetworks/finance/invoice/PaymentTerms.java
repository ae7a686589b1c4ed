package nl.municipalnetworks.finance.invoice;

import java.time.LocalDate;

/**
 * When an invoice is due and what the payer quotes when paying it. One place for both rules.
 * <ul>
 *   <li>Due 30 days after the invoice date: the term Dutch law sets for a public body that pays a bill
 *       (Burgerlijk Wetboek 6:119a, the "Wet betaaltermijnen"), and every payer here is a municipality.</li>
 *   <li>The payment reference is the network and the invoice number, {@code M50-2026-000001}: readable for the
 *       official who types it into a transfer. It is unique per seller, as the number is: the payment reaches the
 *       seller's own bank account, so the seller and the reference together find the invoice (a network with two
 *       sellers, Meierijstad and Platform31 in M50, has two invoices {@code M50-2026-000001}).</li>
 * </ul>
 */
public final class PaymentTerms {

    public static final int DAYS_TO_PAY = 30;

    private PaymentTerms() {
    }

    public static LocalDate dueDate(LocalDate issueDate) {
        return issueDate.plusDays(DAYS_TO_PAY);
    }

    public static String paymentReference(String network, InvoiceNumber number) {
        return network + "-" + number;
    }
}
