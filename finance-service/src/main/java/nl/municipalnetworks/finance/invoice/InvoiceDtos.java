package nl.municipalnetworks.finance.invoice;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import nl.municipalnetworks.finance.contribution.ContributionPreviewDtos.Line;
import nl.municipalnetworks.finance.contribution.ContributionPreviewDtos.Payer;
import nl.municipalnetworks.finance.contribution.ContributionPreviewDtos.PreviewException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public final class InvoiceDtos {

    private InvoiceDtos() {
    }

    /** The year to invoice. */
    public record ContributionRunData(@NotNull @Min(1900) @Max(2199) Integer year) {
    }

    /**
     * What a run did: {@code created} invoices issued now, {@code alreadyExisting} ones an earlier run issued (left
     * as they are), and the {@code exceptions} that were not invoiced (a missing CBS count, a surplus larger than
     * the contribution). The collector's own contribution is never invoiced and not counted.
     */
    public record ContributionRunResult(String network, int year, LocalDate issueDate, int created, int alreadyExisting,
                                        List<InvoiceSummary> createdInvoices, List<PreviewException> exceptions) {
    }

    public record InvoiceSummary(UUID id, String number, String seller, Payer payer, UUID feeSchemeId, UUID agreementId,
                                 BigDecimal total) {
    }

    /**
     * An invoice with its lines and totals in euros. {@code lines} is empty in lists. {@code paidAmount}: what
     * payments have paid on it; {@code outstanding}: what is still owed (nothing once credited).
     */
    public record InvoiceView(UUID id, String number, String seller, String network, int year, Payer payer,
                              UUID feeSchemeId, UUID agreementId, InvoiceStatus status, LocalDate issueDate,
                              LocalDate dueDate, String paymentReference,
                              BigDecimal netTotal, BigDecimal vatTotal, BigDecimal total, List<Line> lines,
                              BigDecimal paidAmount, BigDecimal outstanding) {
    }
}
