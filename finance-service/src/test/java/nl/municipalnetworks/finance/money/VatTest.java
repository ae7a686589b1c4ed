package nl.municipalnetworks.finance.money;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VatTest {

    @Test
    void theSameRateWrittenDifferentlyIsOneRate() {
        assertThat(VatRate.of("21.00")).isEqualTo(VatRate.of("21")).isEqualTo(new VatRate(new BigDecimal("2.1E+1")));
        assertThat(VatRate.of("5.50")).isEqualTo(VatRate.of("5.5"));
    }

    @Test
    void aRateIsAPercentageWithAtMostTwoDecimals() {
        assertThatThrownBy(() -> VatRate.of("-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VatRate.of("100.01")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VatRate.of("21.125")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void taxIsTheExactProductRoundedOnce() {
        // Deventer: 15,216.90 x 21 % = 3,195.549 -> 3,195.55
        assertThat(VatRate.STANDARD_NL.exactTaxOn(Money.euros("15216.90"))).isEqualByComparingTo("3195.549");
        assertThat(VatRate.STANDARD_NL.taxOn(Money.euros("15216.90"))).isEqualTo(Money.euros("3195.55"));
        assertThat(VatRate.ZERO.taxOn(Money.euros("3500"))).isEqualTo(Money.ZERO);
        assertThat(VatRate.STANDARD_NL.taxOn(Money.euros("-1000"))).isEqualTo(Money.euros("-210"));
    }

    @Test
    void categoryAndRateGoTogether() {
        assertThat(VatTreatment.STANDARD_21.category().code()).isEqualTo("S");
        assertThat(VatTreatment.OUTSIDE_SCOPE.category().code()).isEqualTo("O");
        assertThatThrownBy(() -> new VatTreatment(VatCategory.STANDARD_RATE, VatRate.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("above 0 %");
        assertThatThrownBy(() -> new VatTreatment(VatCategory.OUTSIDE_SCOPE, VatRate.STANDARD_NL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("category O");
        assertThatThrownBy(() -> new VatTreatment(VatCategory.EXEMPT, VatRate.of("9")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
