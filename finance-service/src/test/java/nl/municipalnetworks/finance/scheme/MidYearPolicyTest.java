package nl.municipalnetworks.finance.scheme;

import nl.municipalnetworks.finance.money.Money;
import nl.municipalnetworks.finance.money.VatTreatment;
import nl.municipalnetworks.finance.party.Party;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static nl.municipalnetworks.finance.testing.Seeds.G40_2018;
import static nl.municipalnetworks.finance.testing.Seeds.G40_2023;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MidYearPolicyTest {

    private static final Party NETWORK = new Party("network", "Network");
    private static final FeeScheme ALWAYS = new FeeScheme("always", NETWORK, NETWORK, LocalDate.of(2000, 1, 1), null,
            new FeeBasis.FlatPerMember(Money.euros(1200)), VatTreatment.OUTSIDE_SCOPE, MidYearPolicy.PRO_RATA_BY_MONTH);

    private static ChargeablePeriod period(String from, String to) {
        return ChargeablePeriod.of(2026, ALWAYS, LocalDate.parse(from), to == null ? null : LocalDate.parse(to)).orElseThrow();
    }

    @ParameterizedTest(name = "taking part {0} to {1} counts {2} months")
    @CsvSource(nullValues = "open", value = {
            "2026-01-01, open,       12",
            "2026-03-15, open,       10",  // joins mid-March: March counts in full
            "2026-03-01, open,       10",
            "2026-03-31, open,       10",  // one day in March is March
            "2025-06-01, 2026-06-03,  6",  // leaves 3 June: January to June
            "2025-06-01, 2026-05-31,  5",
            "2026-04-10, 2026-04-20,  1",  // joins and leaves within April
            "2026-01-31, 2026-02-01,  2",  // two days, two months
            "2026-12-31, open,        1",
    })
    void proRataByMonthCountsEveryMonthWithAtLeastOneDay(String from, String to, int months) {
        assertThat(MidYearPolicy.PRO_RATA_BY_MONTH.monthsToCharge(period(from, to))).isEqualTo(months);
    }

    @Test
    void aWholeYearIsTwelveMonthsUnderEveryPolicy() {
        for (MidYearPolicy policy : MidYearPolicy.values()) {
            assertThat(policy.monthsToCharge(period("2026-01-01", "2026-12-31"))).as(policy.name()).isEqualTo(12);
        }
    }

    @Test
    void fullYearChargesAnyPartAsTheYearAndNoneChargesNoPart() {
        ChargeablePeriod fromOctober = period("2026-10-01", null);
        assertThat(MidYearPolicy.FULL_YEAR.monthsToCharge(fromOctober)).isEqualTo(12);
        assertThat(MidYearPolicy.NONE.monthsToCharge(fromOctober)).isZero();
        assertThat(MidYearPolicy.PRO_RATA_BY_MONTH.monthsToCharge(fromOctober)).isEqualTo(3);
    }

    @Test
    void theSchemesValidityCutsTheYearToo() {
        // A city in the G40 throughout 2023: two months under the old scheme, ten under the new one.
        LocalDate longAgo = LocalDate.of(2010, 1, 1);
        ChargeablePeriod old = ChargeablePeriod.of(2023, G40_2018, longAgo, null).orElseThrow();
        ChargeablePeriod current = ChargeablePeriod.of(2023, G40_2023, longAgo, null).orElseThrow();
        assertThat(old.from()).isEqualTo("2023-01-01");
        assertThat(old.to()).isEqualTo("2023-02-28");
        assertThat(current.from()).isEqualTo("2023-03-01");
        assertThat(current.to()).isEqualTo("2023-12-31");
        assertThat(G40_2018.midYearPolicy().monthsToCharge(old) + G40_2023.midYearPolicy().monthsToCharge(current)).isEqualTo(12);
    }

    @Test
    void nothingIsChargeableOutsideTheYearOrTheScheme() {
        assertThat(ChargeablePeriod.of(2026, ALWAYS, LocalDate.of(2027, 1, 1), null)).isEmpty();
        assertThat(ChargeablePeriod.of(2026, ALWAYS, LocalDate.of(2020, 1, 1), LocalDate.of(2025, 12, 31))).isEmpty();
        assertThat(ChargeablePeriod.of(2028, G40_2023, LocalDate.of(2023, 3, 1), null)).isEmpty();
    }

    @Test
    void aSchemeEndsAfterItStarts() {
        assertThatThrownBy(() -> new FeeScheme("backwards", NETWORK, NETWORK, LocalDate.of(2026, 1, 1), LocalDate.of(2025, 12, 31),
                new FeeBasis.FlatPerMember(Money.euros(1)), VatTreatment.OUTSIDE_SCOPE, MidYearPolicy.NONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FeeBasis.FlatPerMember(Money.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThat(G40_2023.isValidOn(LocalDate.of(2027, 12, 31))).isTrue();
        assertThat(G40_2023.isValidOn(LocalDate.of(2028, 1, 1))).isFalse();
    }
}
