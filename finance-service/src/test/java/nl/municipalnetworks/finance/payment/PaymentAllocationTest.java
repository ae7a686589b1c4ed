package nl.municipalnetworks.finance.payment;

import nl.municipalnetworks.finance.invoice.InvoiceStatus;
import nl.municipalnetworks.finance.money.Money;
import org.junit.jupiter.api.Test;

import static nl.municipalnetworks.finance.money.Money.euros;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaymentAllocationTest {

    private static final Money DEVENTER = euros("18412.45");

    @Test
    void aPartPaymentMakesAnIssuedInvoicePartlyPaidAndTheRestMakesItPaid() {
        PaymentAllocation part = PaymentAllocation.of(DEVENTER, Money.ZERO, InvoiceStatus.ISSUED, euros("9000.00"));
        assertThat(part).isEqualTo(new PaymentAllocation(euros("9000.00"), Money.ZERO, euros("9000.00"), InvoiceStatus.PARTLY_PAID));
        assertThat(part.outstandingAfter(DEVENTER)).isEqualTo(euros("9412.45"));

        PaymentAllocation rest = PaymentAllocation.of(DEVENTER, part.paidAfter(), part.statusAfter(), euros("9412.45"));
        assertThat(rest).isEqualTo(new PaymentAllocation(euros("9412.45"), Money.ZERO, DEVENTER, InvoiceStatus.PAID));
        assertThat(rest.outstandingAfter(DEVENTER)).isEqualTo(Money.ZERO);
    }

    @Test
    void whatIsPaidBeyondTheOpenAmountIsKeptAsCredit() {
        PaymentAllocation over = PaymentAllocation.of(DEVENTER, euros("9000.00"), InvoiceStatus.PARTLY_PAID, euros("10000.00"));
        assertThat(over.applied()).isEqualTo(euros("9412.45"));
        assertThat(over.credit()).isEqualTo(euros("587.55"));
        assertThat(over.statusAfter()).isEqualTo(InvoiceStatus.PAID);

        PaymentAllocation twice = PaymentAllocation.of(DEVENTER, DEVENTER, InvoiceStatus.PAID, DEVENTER);
        assertThat(twice).isEqualTo(new PaymentAllocation(Money.ZERO, DEVENTER, DEVENTER, InvoiceStatus.PAID));
    }

    @Test
    void anOverdueInvoiceStaysOverdueUntilPaidInFull() {
        PaymentAllocation part = PaymentAllocation.of(euros("3500.00"), Money.ZERO, InvoiceStatus.OVERDUE, euros("0.01"));
        assertThat(part.statusAfter()).isEqualTo(InvoiceStatus.OVERDUE);
        assertThat(PaymentAllocation.of(euros("3500.00"), euros("0.01"), InvoiceStatus.OVERDUE, euros("3499.99")).statusAfter())
                .isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void aCreditedInvoiceTakesNoPaymentAndAPaymentIsMoreThanZero() {
        assertThatThrownBy(() -> PaymentAllocation.of(DEVENTER, Money.ZERO, InvoiceStatus.CREDITED, euros("1.00")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("credited");
        assertThatThrownBy(() -> PaymentAllocation.of(DEVENTER, Money.ZERO, InvoiceStatus.ISSUED, Money.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
