package nl.municipalnetworks.finance.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A stored agreement; {@link AgreementMapper} turns it into the domain's {@link Agreement}, which computes
 * {@link #effectiveEnd} (stored so that lists can show and sort it).
 */
@Entity(name = "AgreementEntity")
@Table(name = "agreement")
public class AgreementEntity {

    @Id
    public UUID id;

    /** The network of its fee scheme. */
    public String network;

    public String reference;

    @Column(name = "payer_municipality_id")
    public UUID payerMunicipalityId;

    @Column(name = "fee_scheme_id")
    public UUID feeSchemeId;

    @Column(name = "term_start")
    public LocalDate termStart;

    @Column(name = "term_end")
    public LocalDate termEnd;

    @Column(name = "notice_given_on")
    public LocalDate noticeGivenOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "notice_given_by")
    public NoticeGivenBy noticeGivenBy;

    @Column(name = "effective_end")
    public LocalDate effectiveEnd;

    /** The agreed surplus (excluding VAT) and the days each party agreed to it; all null when none. */
    @Column(name = "surplus_amount")
    public BigDecimal surplusAmount;

    @Column(name = "surplus_agreed_by_payer_on")
    public LocalDate surplusAgreedByPayerOn;

    @Column(name = "surplus_agreed_by_payee_on")
    public LocalDate surplusAgreedByPayeeOn;

    /** Which party sent the written notice. */
    public enum NoticeGivenBy { PAYER, PAYEE }
}
