package nl.municipalnetworks.finance.agreement;

import nl.municipalnetworks.commons.rules.NoticeRule;
import nl.municipalnetworks.finance.invoice.InvoiceLine;
import nl.municipalnetworks.finance.money.Money;
import nl.municipalnetworks.finance.money.VatTreatment;
import nl.municipalnetworks.finance.party.Party;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static nl.municipalnetworks.finance.testing.Seeds.DEVENTER;
import static nl.municipalnetworks.finance.testing.Seeds.G40_2023;
import static nl.municipalnetworks.finance.testing.Seeds.LOCHEM;
import static nl.municipalnetworks.finance.testing.Seeds.M50_FLAT;
import static nl.municipalnetworks.finance.testing.Seeds.PLATFORM31;
import static nl.municipalnetworks.finance.testing.Seeds.deventerAgreement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Deventer's samenwerkingsovereenkomst with Platform31: 1 March 2023 to 31 December 2027, art. 1.1 to 1.3. */
class AgreementTest {

    private static final AgreedSurplus SURPLUS = new AgreedSurplus(Money.euros("1000.00"),
            LocalDate.of(2027, 6, 15), LocalDate.of(2027, 6, 20));

    @Test
    void withoutNoticeItEndsByLawOnTheLastDayOfTheTerm() {
        Agreement agreement = deventerAgreement();
        assertThat(agreement.givenNotice()).isEmpty();
        assertThat(agreement.effectiveEnd()).isEqualTo("2027-12-31");
        assertThat(agreement.lastYear()).isEqualTo(2027);
        assertThat(agreement.isInForceOn(LocalDate.of(2023, 2, 28))).isFalse();
        assertThat(agreement.isInForceOn(LocalDate.of(2023, 3, 1))).isTrue();
        assertThat(agreement.isInForceOn(LocalDate.of(2027, 12, 31))).isTrue();
        assertThat(agreement.isInForceOn(LocalDate.of(2028, 1, 1))).isFalse();
    }

    @ParameterizedTest(name = "notice sent on {0} ends the agreement after {1}")
    @CsvSource({
            "2023-03-01, 2023-12-31",  // the first day of the term
            "2025-08-31, 2025-12-31",  // before 1 September: from 1 January of the next year
            "2025-09-01, 2026-12-31",  // on 1 September: a year later
            "2025-12-31, 2026-12-31",
            "2026-01-02, 2026-12-31",
            "2026-09-01, 2027-12-31",  // a year later is also the end of the term
            "2027-05-01, 2027-12-31",
            "2027-10-01, 2027-12-31",  // would be 2028-12-31: never later than the term
    })
    void noticeEndsTheAgreementOnTheDayBeforeFirstJanuaryButNeverAfterTheTerm(LocalDate sentOn, LocalDate lastDay) {
        Agreement terminated = deventerAgreement().withNotice(new Notice(DEVENTER, sentOn));
        assertThat(terminated.effectiveEnd()).isEqualTo(lastDay);
        assertThat(terminated.effectiveEnd()).isBeforeOrEqualTo(terminated.term().end());
        assertThat(terminated.isInForceOn(lastDay.plusDays(1))).isFalse();
        assertThat(terminated.lastYear()).isEqualTo(lastDay.getYear());
    }

    @Test
    void eitherPartyMayGiveNoticeOnceDuringTheTerm() {
        Agreement byPlatform31 = deventerAgreement().withNotice(new Notice(PLATFORM31, LocalDate.of(2024, 4, 1)));
        assertThat(byPlatform31.effectiveEnd()).isEqualTo("2024-12-31");

        assertThatThrownBy(() -> byPlatform31.withNotice(new Notice(DEVENTER, LocalDate.of(2024, 5, 1))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already given on 2024-04-01");
        assertThatThrownBy(() -> deventerAgreement().withNotice(new Notice(LOCHEM, LocalDate.of(2024, 4, 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no party");
        assertThatThrownBy(() -> deventerAgreement().withNotice(new Notice(DEVENTER, LocalDate.of(2023, 1, 10))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("during the term");
        assertThatThrownBy(() -> deventerAgreement().withNotice(new Notice(DEVENTER, LocalDate.of(2028, 1, 1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theNoticeRuleIsServiceCommonsOne() {
        assertThat(deventerAgreement().noticeRule()).isSameAs(NoticeRule.BEFORE_SEPTEMBER_FROM_JANUARY);
    }

    @Test
    void anAgreedSurplusIsAReductionOnTheLastYearsContributionOnly() {
        Agreement agreement = deventerAgreement().withAgreedSurplus(SURPLUS);
        assertThat(agreement.surplusSettlementFor(2026)).isEmpty();
        InvoiceLine settlement = agreement.surplusSettlementFor(2027).orElseThrow();
        assertThat(settlement.netAmount()).isEqualTo(Money.euros("-1000.00"));
        assertThat(settlement.unitPrice()).isPositive(); // EN 16931 BR-27: the quantity is negative, the price is not
        assertThat(settlement.vat()).isEqualTo(VatTreatment.STANDARD_21);
    }

    @Test
    void afterEarlyTerminationTheLastYearIsTheYearOfTheEffectiveEnd() {
        Agreement agreement = deventerAgreement().withNotice(new Notice(DEVENTER, LocalDate.of(2025, 3, 1))).withAgreedSurplus(SURPLUS);
        assertThat(agreement.surplusSettlementFor(2025)).isPresent();
        assertThat(agreement.surplusSettlementFor(2027)).isEmpty();
    }

    @Test
    void aSurplusNeedsBothPartiesAndAnAmount() {
        assertThatThrownBy(() -> new AgreedSurplus(Money.euros("1000"), LocalDate.of(2027, 6, 15), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both parties");
        assertThatThrownBy(() -> new AgreedSurplus(Money.ZERO, LocalDate.of(2027, 6, 15), LocalDate.of(2027, 6, 15)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSchemeMustBeThePayeesAndThePartiesDifferent() {
        Term term = new Term(LocalDate.of(2023, 3, 1), LocalDate.of(2027, 12, 31));
        assertThatThrownBy(() -> Agreement.concluded("x", DEVENTER, PLATFORM31, term, M50_FLAT, NoticeRule.BEFORE_SEPTEMBER_FROM_JANUARY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("M50");
        assertThatThrownBy(() -> Agreement.concluded("x", PLATFORM31, PLATFORM31, term, G40_2023, NoticeRule.BEFORE_SEPTEMBER_FROM_JANUARY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Term(LocalDate.of(2027, 12, 31), LocalDate.of(2023, 3, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Party("x", "X")).isNotEqualTo(DEVENTER);
    }
}
