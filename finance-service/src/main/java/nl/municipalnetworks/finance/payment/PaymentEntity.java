package nl.municipalnetworks.finance.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A payment received: by hand or from a bank statement; matched to an invoice or waiting for the treasurer. */
@Entity(name = "PaymentEntity")
@Table(name = "payment")
public class PaymentEntity {

    public enum Source { MANUAL, BANK_STATEMENT }

    /** How the payment found its invoice. */
    public enum MatchedBy {
        /** By the payment reference quoted with it ({@link PaymentReferences}). */
        REFERENCE,
        /** The treasurer named the invoice when registering it. */
        INVOICE_ID,
        /** The treasurer matched it by hand after it was left unmatched. */
        BY_HAND
    }

    @Id
    public UUID id;

    public String network;

    @Enumerated(EnumType.STRING)
    public Source source;

    @Column(name = "bank_statement_id")
    public UUID bankStatementId;

    /** The bank's identity of the entry (account and AcctSvcrRef); null for a payment registered by hand. */
    @Column(name = "entry_key")
    public String entryKey;

    @Column(name = "received_on")
    public LocalDate receivedOn;

    public BigDecimal amount;

    @Column(name = "payer_name")
    public String payerName;

    /** The payer's account (an IBAN as the bank gave it). */
    @Column(name = "payer_account")
    public String payerAccount;

    /** The account that received it (the statement's). */
    public String account;

    /** The seller whose account received it, when known: matching looks among that seller's invoices only. */
    public String seller;

    /** What the payer wrote with it (the remittance information). */
    public String reference;

    @Column(name = "invoice_id")
    public UUID invoiceId;

    @Column(name = "payer_municipality_id")
    public UUID payerMunicipalityId;

    @Column(name = "payer_cbs_code")
    public String payerCbsCode;

    @Column(name = "applied_amount")
    public BigDecimal appliedAmount = new BigDecimal("0.00");

    @Column(name = "credit_amount")
    public BigDecimal creditAmount = new BigDecimal("0.00");

    @Enumerated(EnumType.STRING)
    @Column(name = "matched_by")
    public MatchedBy matchedBy;

    @Column(name = "matched_at")
    public OffsetDateTime matchedAt;

    @Column(name = "matched_by_user")
    public String matchedByUser;

    @Column(name = "unmatched_reason")
    public String unmatchedReason;

    @Column(name = "registered_at")
    public OffsetDateTime registeredAt;

    @Column(name = "registered_by")
    public String registeredBy;
}
