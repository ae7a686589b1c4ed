package nl.municipalnetworks.finance.invoice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A stored invoice of the contribution run: from the scheme's collector (seller) to the payer; lines apart. */
@Entity(name = "InvoiceEntity")
@Table(name = "invoice")
public class InvoiceEntity {

    @Id
    public UUID id;

    public String network;

    /** {@link InvoiceNumber} as text, 2026-000001; unique together with the seller. */
    public String number;

    public String seller;

    public int year;

    @Column(name = "fee_scheme_id")
    public UUID feeSchemeId;

    @Column(name = "agreement_id")
    public UUID agreementId;

    @Column(name = "payer_municipality_id")
    public UUID payerMunicipalityId;

    @Column(name = "payer_cbs_code")
    public String payerCbsCode;

    @Column(name = "payer_name")
    public String payerName;

    @Enumerated(EnumType.STRING)
    public InvoiceStatus status;

    @Column(name = "issue_date")
    public LocalDate issueDate;

    /** {@link PaymentTerms#dueDate}: after it, an invoice not fully paid is overdue. */
    @Column(name = "due_date")
    public LocalDate dueDate;

    /** {@link PaymentTerms#paymentReference}, what the payer quotes with the transfer; unique. */
    @Column(name = "payment_reference")
    public String paymentReference;

    @Column(name = "net_total")
    public BigDecimal netTotal;

    @Column(name = "vat_total")
    public BigDecimal vatTotal;

    public BigDecimal total;

    /** What payments have paid on it so far, never more than the total ({@code payment.PaymentAllocation}). */
    @Column(name = "paid_amount")
    public BigDecimal paidAmount = new BigDecimal("0.00");

    /** What is still owed: the total less what was paid; nothing once credited. */
    public BigDecimal outstanding() {
        if (status == InvoiceStatus.CREDITED) {
            return new BigDecimal("0.00");
        }
        BigDecimal open = total.subtract(paidAmount);
        return open.signum() < 0 ? new BigDecimal("0.00") : open;
    }
}
