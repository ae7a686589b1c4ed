package nl.municipalnetworks.finance.payment;

import nl.municipalnetworks.finance.invoice.InvoiceStatus;
import nl.municipalnetworks.finance.money.Money;
import nl.municipalnetworks.finance.payment.PayerBalance.InvoiceFacts;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static nl.municipalnetworks.finance.money.Money.euros;
import static org.assertj.core.api.Assertions.assertThat;

class PayerBalanceTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 2, 1);

    @Test
    void addsUpInvoicedPaidOutstandingAndOverdue() {
        PayerBalance balance = PayerBalance.of(List.of(
                new InvoiceFacts(euros("18412.45"), euros("9000.00"), InvoiceStatus.OVERDUE, LocalDate.of(2027, 1, 6)),
                new InvoiceFacts(euros("3500.00"), Money.ZERO, InvoiceStatus.ISSUED, LocalDate.of(2027, 2, 1)),
                new InvoiceFacts(euros("3500.00"), euros("3500.00"), InvoiceStatus.PAID, LocalDate.of(2026, 6, 1))),
                Money.ZERO, TODAY);
        assertThat(balance.invoiced()).isEqualTo(euros("25412.45"));
        assertThat(balance.paid()).isEqualTo(euros("12500.00"));
        assertThat(balance.outstanding()).isEqualTo(euros("12912.45"));
        // due today is not overdue yet: the due date is the last day to pay
        assertThat(balance.overdue()).isEqualTo(euros("9412.45"));
        assertThat(balance.credit()).isEqualTo(Money.ZERO);
    }

    @Test
    void aCreditedInvoiceIsNotOwedAndWhatWasPaidOnItBecomesCredit() {
        PayerBalance balance = PayerBalance.of(List.of(
                new InvoiceFacts(euros("18412.45"), euros("5000.00"), InvoiceStatus.CREDITED, LocalDate.of(2027, 1, 6)),
                new InvoiceFacts(euros("18000.00"), Money.ZERO, InvoiceStatus.ISSUED, LocalDate.of(2027, 3, 3))),
                euros("100.00"), TODAY);
        assertThat(balance.invoiced()).isEqualTo(euros("18000.00"));
        assertThat(balance.outstanding()).isEqualTo(euros("18000.00"));
        assertThat(balance.overdue()).isEqualTo(Money.ZERO);
        assertThat(balance.credit()).isEqualTo(euros("5100.00"));
        assertThat(balance.paid()).isEqualTo(euros("5100.00"));
        // invoiced - paid = outstanding - credit
        assertThat(balance.invoiced().minus(balance.paid())).isEqualTo(balance.outstanding().minus(balance.credit()));
    }

    @Test
    void aPayerWithoutInvoicesOwesNothing() {
        PayerBalance balance = PayerBalance.of(List.of(), Money.ZERO, TODAY);
        assertThat(balance).isEqualTo(new PayerBalance(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO));
    }
}
