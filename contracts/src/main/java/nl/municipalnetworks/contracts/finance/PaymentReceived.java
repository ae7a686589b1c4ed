package nl.municipalnetworks.contracts.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A payment was matched to an invoice (by its payment reference, by the invoice id given with it, or by hand):
 * what it brought in, what of it pays the invoice and what is left over as the payer's credit, and where the
 * invoice stands after it. Amounts in euros, two decimals. Keyed by the invoice id, so that it follows the
 * invoice's invoice-issued in order. A payment that matches no invoice is not announced until it is matched.
 *
 * @param receivedOn    the day the money was booked on the seller's account
 * @param amount        the whole payment
 * @param appliedAmount what of it pays the invoice (at most what was still open)
 * @param creditAmount  what was paid beyond the invoice's open amount: kept as the payer's credit
 * @param paidTotal     everything paid on the invoice so far, this payment included
 * @param outstanding   what is still open on the invoice after this payment
 * @param invoiceStatus the invoice's status after this payment: PARTLY_PAID, PAID or OVERDUE
 */
public record PaymentReceived(UUID paymentId, UUID invoiceId, String network, String invoiceNumber, String seller,
                              UUID payerMunicipalityId, String payerCbsCode, LocalDate receivedOn, BigDecimal amount,
                              BigDecimal appliedAmount, BigDecimal creditAmount, BigDecimal paidTotal,
                              BigDecimal outstanding, String invoiceStatus) implements FinanceEvent {
    public static final String TYPE = "nl.municipalnetworks.finance.payment-received.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return invoiceId.toString();
    }
}
