package nl.municipalnetworks.finance.bill;

import nl.municipalnetworks.finance.money.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BillRulesTest {

    @Test
    void aBillIsReceivedApprovedAndPaidInThatOrder() {
        assertThat(BillStatus.RECEIVED.moveTo(BillStatus.APPROVED)).isEqualTo(BillStatus.APPROVED);
        assertThat(BillStatus.APPROVED.moveTo(BillStatus.PAID)).isEqualTo(BillStatus.PAID);
        assertThatThrownBy(() -> BillStatus.RECEIVED.moveTo(BillStatus.PAID)).hasMessageContaining("received cannot become paid")
                .hasMessageContaining("it can become approved");
        assertThatThrownBy(() -> BillStatus.PAID.moveTo(BillStatus.APPROVED)).hasMessageContaining("it is final");
        assertThatThrownBy(() -> BillStatus.APPROVED.moveTo(BillStatus.APPROVED)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyApprovedAndPaidBillsAreExpenses() {
        assertThat(BillStatus.RECEIVED.isExpense()).isFalse();
        assertThat(BillStatus.APPROVED.isExpense()).isTrue();
        assertThat(BillStatus.PAID.isExpense()).isTrue();
    }

    @Test
    void theVatIsTheDifferenceAndTheCostIncludesIt() {
        BillAmount lobby = new BillAmount(Money.euros("3750.00"), Money.euros("4537.50"));
        assertThat(lobby.vat()).isEqualTo(Money.euros("787.50"));
        assertThat(lobby.cost()).isEqualTo(Money.euros("4537.50"));
        BillAmount platform31 = new BillAmount(Money.euros("50000.00"), Money.euros("50000.00"));
        assertThat(platform31.vat()).isEqualTo(Money.ZERO);
    }

    @Test
    void amountsAreRefusedByTheFieldThatIsWrong() {
        assertThatThrownBy(() -> new BillAmount(Money.euros("100.00"), Money.euros("99.99")))
                .isInstanceOfSatisfying(BillAmount.Invalid.class, e -> assertThat(e.field()).isEqualTo("amountInclVat"));
        assertThatThrownBy(() -> new BillAmount(Money.ZERO, Money.euros("1.00")))
                .isInstanceOfSatisfying(BillAmount.Invalid.class, e -> assertThat(e.field()).isEqualTo("amountExclVat"));
        assertThatThrownBy(() -> new BillAmount(Money.euros("1.00"), Money.euros("100000000.00")))
                .isInstanceOfSatisfying(BillAmount.Invalid.class, e -> assertThat(e.field()).isEqualTo("amountInclVat"));
    }
}
