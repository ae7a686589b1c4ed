package nl.municipalnetworks.contracts.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An invoice passed its due date without being paid in full: the daily overdue check set it OVERDUE. Announced
 * once per invoice. Keyed by the invoice id.
 *
 * @param dueDate     the last day to pay
 * @param overdueOn   the day the check found it overdue (Europe/Amsterdam)
 * @param outstanding what was still open that day, in euros
 */
public record InvoiceOverdue(UUID invoiceId, String network, String number, String seller, UUID payerMunicipalityId,
                             String payerCbsCode, LocalDate dueDate, LocalDate overdueOn, BigDecimal total,
                             BigDecimal paidAmount, BigDecimal outstanding) implements FinanceEvent {
    public static final String TYPE = "nl.municipalnetworks.finance.invoice-overdue.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return invoiceId.toString();
    }
}
