package nl.municipalnetworks.finance.agreement;

import nl.municipalnetworks.commons.rules.NoticeRule;
import nl.municipalnetworks.finance.invoice.InvoiceLine;
import nl.municipalnetworks.finance.invoice.QuantityUnit;
import nl.municipalnetworks.finance.party.Party;
import nl.municipalnetworks.finance.scheme.FeeScheme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An agreement between a payer and a payee: its term, the fee scheme it pays under, early termination by
 * written notice, and a surplus to settle at the end. Deventer and Platform31: the samenwerkingsovereenkomst
 * of 10 January 2023, term 1 March 2023 to 31 December 2027 (seed deventer-g40-platform31-convenant.txt).
 *
 * <p>Immutable: giving notice or agreeing a surplus gives a new {@code Agreement}.
 *
 * @param reference   how the parties refer to it
 * @param noticeRule  when notice takes effect; for G40-Platform31 {@link NoticeRule#BEFORE_SEPTEMBER_FROM_JANUARY}
 *                    (art. 1.3: notice sent before 1 September ends the agreement on 1 January of the next year)
 * @param notice      the written notice of early termination, or {@code null} while none is given
 * @param surplus     the surplus both parties agreed to settle, or {@code null}
 */
public record Agreement(String reference, Party payer, Party payee, Term term, FeeScheme feeScheme,
                        NoticeRule noticeRule, Notice notice, AgreedSurplus surplus) {

    public Agreement {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(payee, "payee");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(feeScheme, "feeScheme");
        Objects.requireNonNull(noticeRule, "noticeRule");
        if (payer.equals(payee)) {
            throw new IllegalArgumentException("an agreement has two different parties");
        }
        if (!feeScheme.payee().equals(payee)) {
            throw new IllegalArgumentException("the fee scheme '" + feeScheme.name() + "' is " + feeScheme.payee() + "'s, not " + payee + "'s");
        }
    }

    /** A new agreement: no notice given, no surplus agreed. */
    public static Agreement concluded(String reference, Party payer, Party payee, Term term, FeeScheme feeScheme, NoticeRule noticeRule) {
        return new Agreement(reference, payer, payee, term, feeScheme, noticeRule, null, null);
    }

    /**
     * This agreement with written notice given. Either party may give it (art. 1.2), once, during the term;
     * after the term there is nothing left to terminate.
     */
    public Agreement withNotice(Notice notice) {
        Objects.requireNonNull(notice, "notice");
        if (this.notice != null) {
            throw new IllegalStateException("notice was already given on " + this.notice.givenOn() + " by " + this.notice.givenBy());
        }
        if (!notice.givenBy().equals(payer) && !notice.givenBy().equals(payee)) {
            throw new IllegalArgumentException(notice.givenBy() + " is no party to this agreement");
        }
        if (!term.contains(notice.givenOn())) {
            throw new IllegalArgumentException("notice is given during the term " + term.start() + " to " + term.end() + ", not on " + notice.givenOn());
        }
        return new Agreement(reference, payer, payee, term, feeScheme, noticeRule, notice, surplus);
    }

    public Agreement withAgreedSurplus(AgreedSurplus surplus) {
        Objects.requireNonNull(surplus, "surplus");
        return new Agreement(reference, payer, payee, term, feeScheme, noticeRule, notice, surplus);
    }

    public Optional<Notice> givenNotice() {
        return Optional.ofNullable(notice);
    }

    public Optional<AgreedSurplus> agreedSurplus() {
        return Optional.ofNullable(surplus);
    }

    /**
     * The last day the agreement counts: the end of its term, or earlier by notice, never later than the term
     * ("loopt van rechtswege af op 31 december 2027"). The notice rule itself is service-commons' one rule.
     */
    public LocalDate effectiveEnd() {
        return notice == null ? term.end() : noticeRule.lastDay(notice.givenOn(), term.end());
    }

    public boolean isInForceOn(LocalDate day) {
        return !day.isBefore(term.start()) && !day.isAfter(effectiveEnd());
    }

    /** The agreement's last year: the year of its effective end, whose contribution settles the surplus. */
    public int lastYear() {
        return effectiveEnd().getYear();
    }

    /**
     * The reduction that settles the agreed surplus on the contribution of {@code year}: a line of quantity -1 at
     * the surplus amount, in the same VAT treatment as the contribution, in the last year only.
     */
    public Optional<InvoiceLine> surplusSettlementFor(int year) {
        if (surplus == null || year != lastYear()) {
            return Optional.empty();
        }
        return Optional.of(InvoiceLine.of("Settlement of the surplus agreed by both parties (" + reference + ")",
                BigDecimal.ONE.negate(), QuantityUnit.ONE, surplus.amount().amount(), feeScheme.vat()));
    }
}
