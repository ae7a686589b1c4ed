package nl.municipalnetworks.contracts.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An invoice was issued (by the yearly contribution run): its number in the seller's sequence, the payer, and its
 * totals in euros as stored (two decimals). Keyed by the invoice id.
 *
 * @param agreementId      the agreement it charges under, null for a contribution every member pays
 * @param dueDate          the date by which it is to be paid
 * @param paymentReference what the payer quotes with the transfer (M50-2026-000001)
 */
public record InvoiceIssued(UUID invoiceId, String network, String number, String seller, UUID payerMunicipalityId,
                            String payerCbsCode, UUID feeSchemeId, UUID agreementId, int year, LocalDate issueDate,
                            LocalDate dueDate, String paymentReference,
                            BigDecimal netTotal, BigDecimal vatTotal, BigDecimal total) implements FinanceEvent {
    public static final String TYPE = "nl.municipalnetworks.finance.invoice-issued.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return invoiceId.toString();
    }
}
