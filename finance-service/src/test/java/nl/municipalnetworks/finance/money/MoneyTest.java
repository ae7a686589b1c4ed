package nl.municipalnetworks.finance.money;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @Test
    void isAlwaysWholeCents() {
        assertThat(Money.euros("15216.9").amount().scale()).isEqualTo(2);
        assertThat(Money.euros("7").amount().toPlainString()).isEqualTo("7.00");
        assertThat(Money.euros("15216.9")).isEqualTo(Money.euros("15216.90")).isEqualTo(Money.cents(1_521_690));
        assertThat(Money.euros(3_500).inCents()).isEqualTo(350_000);
    }

    @Test
    void refusesFractionsOfACentInsteadOfRoundingSilently() {
        assertThatThrownBy(() -> Money.euros("15216.899"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("15216.899")
                .hasMessageContaining("roundedToCent");
    }

    @Test
    void roundsHalfUpToTheCentAwayFromZero() {
        assertThat(Money.roundedToCent(new BigDecimal("3195.549"))).isEqualTo(Money.euros("3195.55"));
        assertThat(Money.roundedToCent(new BigDecimal("0.005"))).isEqualTo(Money.euros("0.01"));
        assertThat(Money.roundedToCent(new BigDecimal("0.00499999"))).isEqualTo(Money.euros("0.00"));
        assertThat(Money.roundedToCent(new BigDecimal("-0.005"))).isEqualTo(Money.euros("-0.01"));
        assertThat(Money.roundedToCent(new BigDecimal("2.675"))).isEqualTo(Money.euros("2.68")); // 2.67 in binary floating point
    }

    @Test
    void addsAndSubtractsExactly() {
        assertThat(Money.euros("0.10").plus(Money.euros("0.20"))).isEqualTo(Money.euros("0.30"));
        assertThat(Money.euros("15216.90").minus(Money.euros("1000"))).isEqualTo(Money.euros("14216.90"));
        assertThat(Money.euros("12.34").negated()).isEqualTo(Money.euros("-12.34"));
        assertThat(Money.euros("-0.01").isNegative()).isTrue();
        assertThat(Money.ZERO.isZero()).isTrue();
        assertThat(Money.euros("1.00")).isGreaterThan(Money.euros("0.99"));
    }

    @Test
    void saysItsCurrency() {
        assertThat(Money.euros("18412.45")).hasToString("EUR 18412.45");
    }
}
