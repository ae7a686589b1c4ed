package nl.municipalnetworks.finance.creditnote;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A credit note that cancels one invoice in full; numbered in the seller's invoice sequence; amounts negative. */
@Entity(name = "CreditNoteEntity")
@Table(name = "credit_note")
public class CreditNoteEntity {

    @Id
    public UUID id;

    public String network;

    public String number;

    public String seller;

    @Column(name = "invoice_id")
    public UUID invoiceId;

    @Column(name = "payer_municipality_id")
    public UUID payerMunicipalityId;

    @Column(name = "payer_cbs_code")
    public String payerCbsCode;

    @Column(name = "payer_name")
    public String payerName;

    @Column(name = "issue_date")
    public LocalDate issueDate;

    public String reason;

    @Column(name = "net_total")
    public BigDecimal netTotal;

    @Column(name = "vat_total")
    public BigDecimal vatTotal;

    public BigDecimal total;

    /** What had been paid on the invoice when it was credited: the payer's credit from then on. */
    @Column(name = "paid_on_invoice")
    public BigDecimal paidOnInvoice;

    @Column(name = "issued_by")
    public String issuedBy;

    @Column(name = "issued_at")
    public OffsetDateTime issuedAt;
}
