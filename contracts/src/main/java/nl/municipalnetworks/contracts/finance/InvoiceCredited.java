package nl.municipalnetworks.contracts.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An invoice was cancelled in full by a credit note, numbered in the seller's invoice sequence: the invoice is
 * CREDITED and no longer owed; what was paid on it is the payer's credit. The credit note's amounts are negative
 * (the invoice's totals reversed). A next contribution run may issue a fresh invoice for the same contribution.
 * Keyed by the invoice id (not the credit note's), so that it follows the invoice's other events in order.
 *
 * @param paidAmount what had been paid on the invoice: now the payer's credit
 */
public record InvoiceCredited(UUID invoiceId, String network, String invoiceNumber, String seller,
                              UUID payerMunicipalityId, String payerCbsCode, UUID creditNoteId, String creditNoteNumber,
                              LocalDate issueDate, BigDecimal netTotal, BigDecimal vatTotal, BigDecimal total,
                              BigDecimal paidAmount) implements FinanceEvent {
    public static final String TYPE = "nl.municipalnetworks.finance.invoice-credited.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return invoiceId.toString();
    }
}
