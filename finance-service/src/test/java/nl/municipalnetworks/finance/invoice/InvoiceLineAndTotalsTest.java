package nl.municipalnetworks.finance.invoice;

import nl.municipalnetworks.finance.money.Money;
import nl.municipalnetworks.finance.money.VatTreatment;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static nl.municipalnetworks.finance.testing.Seeds.DEVENTER;
import static nl.municipalnetworks.finance.testing.Seeds.PLATFORM31;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvoiceLineAndTotalsTest {

    private static InvoiceLine line(String quantity, String price, VatTreatment vat) {
        return InvoiceLine.of("line", new BigDecimal(quantity), QuantityUnit.ONE, new BigDecimal(price), vat);
    }

    @Test
    void theDeventerInvoiceIsExactToTheCent() {
        // Samenwerkingsovereenkomst art. 3.1: 101,446 inhabitants x EUR 0.15 ex VAT = EUR 15,216.90 a year.
        InvoiceLine contribution = InvoiceLine.of("Contribution", BigDecimal.valueOf(101_446), QuantityUnit.INHABITANT,
                new BigDecimal("0.15"), VatTreatment.STANDARD_21);
        InvoiceTotals totals = InvoiceTotals.of(List.of(contribution));

        assertThat(contribution.netAmount()).isEqualTo(Money.euros("15216.90"));
        assertThat(totals.netTotal()).isEqualTo(Money.euros("15216.90"));
        assertThat(totals.vatTotal()).isEqualTo(Money.euros("3195.55"));
        assertThat(totals.total()).isEqualTo(Money.euros("18412.45"));
        assertThat(totals.breakdown()).singleElement()
                .isEqualTo(new VatBreakdown(VatTreatment.STANDARD_21, Money.euros("15216.90"), Money.euros("3195.55")));
    }

    @Test
    void aLineIsRoundedOnceFromTheExactProduct() {
        assertThat(line("3", "0.335", VatTreatment.STANDARD_21).netAmount()).isEqualTo(Money.euros("1.01")); // 1.005
        assertThat(line("3", "0.3349", VatTreatment.STANDARD_21).netAmount()).isEqualTo(Money.euros("1.00")); // 1.0047
        // Part of a yearly price: 10 months of EUR 15,216.90 per 12 months = 12,680.75 exactly.
        InvoiceLine tenMonths = new InvoiceLine("10 of 12 months", BigDecimal.TEN, QuantityUnit.MONTH,
                new BigDecimal("15216.90"), BigDecimal.valueOf(12), VatTreatment.STANDARD_21);
        assertThat(tenMonths.netAmount()).isEqualTo(Money.euros("12680.75"));
        // 1 month of EUR 3,500 per 12: 291.666... -> 291.67 (rounded once, not 3,500 / 12 rounded, then x 1)
        InvoiceLine oneMonth = new InvoiceLine("1 of 12 months", BigDecimal.ONE, QuantityUnit.MONTH,
                new BigDecimal("3500.00"), BigDecimal.valueOf(12), VatTreatment.OUTSIDE_SCOPE);
        assertThat(oneMonth.netAmount()).isEqualTo(Money.euros("291.67"));
    }

    @Test
    void aReductionIsANegativeQuantityNeverANegativePrice() {
        assertThat(line("-1", "1000.00", VatTreatment.STANDARD_21).netAmount()).isEqualTo(Money.euros("-1000.00"));
        assertThatThrownBy(() -> line("1", "-1000.00", VatTreatment.STANDARD_21))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BR-27");
        assertThatThrownBy(() -> new InvoiceLine("x", BigDecimal.ONE, QuantityUnit.ONE, BigDecimal.ONE, BigDecimal.ZERO, VatTreatment.EXEMPT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InvoiceLine.of(" ", BigDecimal.ONE, QuantityUnit.ONE, BigDecimal.ONE, VatTreatment.EXEMPT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void vatIsComputedOnTheSumOfTheLinesPerRateNotPerLine() {
        // Per line: 0.07 x 21 % = 0.0147 -> 0.01, three times 0.03. On the sum: 0.21 x 21 % = 0.0441 -> 0.04.
        List<InvoiceLine> lines = List.of(line("1", "0.07", VatTreatment.STANDARD_21), line("1", "0.07", VatTreatment.STANDARD_21),
                line("1", "0.07", VatTreatment.STANDARD_21));
        InvoiceTotals totals = InvoiceTotals.of(lines);
        assertThat(totals.vatTotal()).isEqualTo(Money.euros("0.04"));
        assertThat(totals.total()).isEqualTo(Money.euros("0.25"));
    }

    @Test
    void eachCategoryAndRateHasItsOwnBreakdown() {
        VatTreatment nine = VatTreatment.standard("9");
        InvoiceTotals totals = InvoiceTotals.of(List.of(
                line("1", "100.00", VatTreatment.STANDARD_21),
                line("2", "10.05", nine),
                line("1", "50.00", VatTreatment.standard("21.00")),
                line("1", "7.00", VatTreatment.EXEMPT)));

        assertThat(totals.breakdown()).containsExactly(
                new VatBreakdown(VatTreatment.STANDARD_21, Money.euros("150.00"), Money.euros("31.50")),
                new VatBreakdown(nine, Money.euros("20.10"), Money.euros("1.81")), // 1.809
                new VatBreakdown(VatTreatment.EXEMPT, Money.euros("7.00"), Money.ZERO));
        assertThat(totals.netTotal()).isEqualTo(Money.euros("177.10"));
        assertThat(totals.vatTotal()).isEqualTo(Money.euros("33.31"));
        assertThat(totals.total()).isEqualTo(Money.euros("210.41"));
    }

    @Test
    void outsideTheScopeOfVatDoesNotMixWithOtherCategories() {
        assertThatThrownBy(() -> InvoiceTotals.of(List.of(line("1", "3500", VatTreatment.OUTSIDE_SCOPE), line("1", "1", VatTreatment.STANDARD_21))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BR-O-11");
        assertThat(InvoiceTotals.of(List.of(line("1", "3500", VatTreatment.OUTSIDE_SCOPE))).total()).isEqualTo(Money.euros("3500"));
    }

    @Test
    void anInvoiceHasALineAndTwoDifferentParties() {
        assertThatThrownBy(() -> InvoiceTotals.of(List.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BR-16");
        assertThatThrownBy(() -> new InvoiceDraft(PLATFORM31, PLATFORM31, List.of(line("1", "1", VatTreatment.STANDARD_21))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not invoice itself");
        InvoiceDraft draft = new InvoiceDraft(PLATFORM31, DEVENTER, List.of(line("1", "1", VatTreatment.STANDARD_21)));
        assertThat(draft.totals().total()).isEqualTo(Money.euros("1.21"));
    }
}
