package nl.municipalnetworks.finance.report;

import nl.municipalnetworks.finance.money.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The BERAP's forecast: the larger of the budget and the actual to date. */
class ForecastTest {

    @Test
    void aLineBelowItsBudgetIsForecastAtItsBudget() {
        // the lobby bureau billed 2 of 4 quarters by 30 June: the other two are still expected
        assertThat(Forecast.forYear(Money.euros("45000.00"), Money.euros("22500.00"))).isEqualTo(Money.euros("45000.00"));
        // the autumn general assembly has not been held: nothing spent, the budget expected
        assertThat(Forecast.forYear(Money.euros("10000.00"), Money.ZERO)).isEqualTo(Money.euros("10000.00"));
    }

    @Test
    void aOnceAYearBillIsNotExtrapolated() {
        // Platform31's EUR 50,000 came in January: the forecast is 50,000, not twice the first half
        assertThat(Forecast.forYear(Money.euros("50000.00"), Money.euros("50000.00"))).isEqualTo(Money.euros("50000.00"));
    }

    @Test
    void anOverspendSoFarShowsInFull() {
        assertThat(Forecast.forYear(Money.euros("15000.00"), Money.euros("17250.50"))).isEqualTo(Money.euros("17250.50"));
        // more members than budgeted: the extra contributions invoiced count
        assertThat(Forecast.forYear(Money.euros("150500.00"), Money.euros("154000.00"))).isEqualTo(Money.euros("154000.00"));
    }

    @Test
    void itIsTheActualPlusWhatIsLeftOfTheBudget() {
        Money[][] cases = {{Money.euros("100.00"), Money.euros("0.01")}, {Money.euros("0.00"), Money.euros("5.00")},
                {Money.euros("99.99"), Money.euros("100.00")}, {Money.euros("12.34"), Money.euros("12.34")}};
        for (Money[] c : cases) {
            Money budget = c[0];
            Money actual = c[1];
            Money left = budget.minus(actual).isNegative() ? Money.ZERO : budget.minus(actual);
            assertThat(Forecast.forYear(budget, actual)).isEqualTo(actual.plus(left));
        }
    }
}
