package nl.municipalnetworks.finance.contribution;

import nl.municipalnetworks.finance.invoice.InvoiceDraft;
import nl.municipalnetworks.finance.invoice.InvoiceLine;
import nl.municipalnetworks.finance.invoice.InvoiceTotals;
import nl.municipalnetworks.finance.invoice.QuantityUnit;
import nl.municipalnetworks.finance.invoice.VatBreakdown;
import nl.municipalnetworks.finance.money.Money;
import nl.municipalnetworks.finance.money.VatTreatment;
import nl.municipalnetworks.finance.party.Party;
import nl.municipalnetworks.finance.scheme.FeeBasis;
import nl.municipalnetworks.finance.scheme.FeeScheme;
import nl.municipalnetworks.finance.scheme.MidYearPolicy;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;

import static nl.municipalnetworks.finance.testing.RandomCases.check;
import static nl.municipalnetworks.finance.testing.RandomCases.decimal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the money rules, each checked on thousands of generated cases (see RandomCases). What is asserted:
 * <ol>
 *   <li>every line net amount is whole cents and within half a cent of the exact quantity x price / base;</li>
 *   <li>the net total is the sum of the line net amounts, counted independently in whole cents;</li>
 *   <li>VAT per category and rate is within half a cent of the exact product of its taxable amount and rate,
 *       and the taxable amounts of the categories add up to the net total;</li>
 *   <li>net + VAT = total, in whole cents, always;</li>
 *   <li>per inhabitant: the yearly contribution is within half a cent of inhabitants x rate;</li>
 *   <li>pro rata by month over one year: twelve months is exactly the yearly amount; m months is within half a
 *       cent of m/12 of it, and more months never cost less; a member that leaves after month m and its successor
 *       from month m + 1 together pay the yearly amount within one cent (two roundings); twelve one-month shares
 *       are within six cents (twelve half cents) of the year.</li>
 * </ol>
 */
class RoundingPropertiesTest {

    private static final BigDecimal HALF_CENT = new BigDecimal("0.005");
    private static final List<VatTreatment> TAXED = List.of(VatTreatment.STANDARD_21, VatTreatment.standard("9"),
            VatTreatment.EXEMPT, VatTreatment.ZERO_RATED);
    private static final Party SELLER = new Party("seller", "Seller");
    private static final Party BUYER = new Party("buyer", "Buyer");

    record LineSet(List<InvoiceLine> lines) {
        @Override
        public String toString() {
            StringBuilder text = new StringBuilder();
            for (InvoiceLine line : lines) {
                text.append(String.format("%n  %s x %s / %s [%s]", line.quantity().toPlainString(), line.unitPrice().toPlainString(),
                        line.baseQuantity().toPlainString(), line.vat()));
            }
            return text.toString();
        }
    }

    private static LineSet lineSet(Random random) {
        boolean outsideScope = random.nextInt(5) == 0; // such an invoice has only outside-scope lines (BR-O-11)
        int count = 1 + random.nextInt(20);
        List<InvoiceLine> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            BigDecimal quantity = decimal(random, 200_000, 3);
            if (random.nextInt(6) == 0) {
                quantity = quantity.negate(); // a reduction
            }
            BigDecimal price = decimal(random, random.nextBoolean() ? 2 : 10_000, 4);
            BigDecimal base = random.nextInt(4) == 0 ? BigDecimal.valueOf(12) : BigDecimal.ONE;
            VatTreatment vat = outsideScope ? VatTreatment.OUTSIDE_SCOPE : TAXED.get(random.nextInt(TAXED.size()));
            lines.add(new InvoiceLine("line " + i, quantity, QuantityUnit.ONE, price, base, vat));
        }
        return new LineSet(lines);
    }

    @Test
    void eachLineIsRoundedToTheNearestCent() {
        check(RoundingPropertiesTest::lineSet, set -> {
            for (InvoiceLine line : set.lines()) {
                // |net - q x p / base| <= 0.005, multiplied out by base so that no division is involved
                BigDecimal deviation = line.netAmount().amount().multiply(line.baseQuantity())
                        .subtract(line.quantity().multiply(line.unitPrice())).abs();
                assertThat(line.netAmount().amount().scale()).isEqualTo(2);
                assertThat(deviation).isLessThanOrEqualTo(HALF_CENT.multiply(line.baseQuantity()));
            }
        });
    }

    @Test
    void theSumOfTheLinesIsTheNetTotalAndNetPlusVatIsTheTotal() {
        check(RoundingPropertiesTest::lineSet, set -> {
            InvoiceTotals totals = InvoiceTotals.of(set.lines());
            long lineCents = set.lines().stream().mapToLong(line -> line.netAmount().inCents()).sum();
            long vatCents = totals.breakdown().stream().mapToLong(vat -> vat.taxAmount().inCents()).sum();

            assertThat(totals.netTotal().inCents()).isEqualTo(lineCents);
            assertThat(totals.vatTotal().inCents()).isEqualTo(vatCents);
            assertThat(totals.total().inCents()).isEqualTo(lineCents + vatCents);
        });
    }

    @Test
    void vatPerCategoryIsWithinHalfACentOfTheExactProduct() {
        check(RoundingPropertiesTest::lineSet, set -> {
            InvoiceTotals totals = InvoiceTotals.of(set.lines());
            long taxableCents = 0;
            for (VatBreakdown vat : totals.breakdown()) {
                long linesOfThisRate = set.lines().stream().filter(line -> line.vat().equals(vat.vat()))
                        .mapToLong(line -> line.netAmount().inCents()).sum();
                assertThat(vat.taxableAmount().inCents()).isEqualTo(linesOfThisRate);
                BigDecimal exact = vat.taxableAmount().amount().multiply(vat.vat().rate().percent()).divide(BigDecimal.valueOf(100));
                assertThat(vat.taxAmount().amount().subtract(exact).abs()).isLessThanOrEqualTo(HALF_CENT);
                taxableCents += vat.taxableAmount().inCents();
            }
            assertThat(taxableCents).isEqualTo(totals.netTotal().inCents());
            assertThat(totals.breakdown()).extracting(VatBreakdown::vat).doesNotHaveDuplicates();
        });
    }

    record PerInhabitantCase(int inhabitants, BigDecimal rate) {
    }

    @Test
    void aPerInhabitantContributionIsInhabitantsTimesRateToTheCent() {
        check(random -> new PerInhabitantCase(1 + random.nextInt(1_000_000), decimal(random, 2, 4).add(new BigDecimal("0.0001"))), c -> {
            FeeScheme scheme = perInhabitant(c.rate(), MidYearPolicy.PRO_RATA_BY_MONTH);
            ContributionCalculator calculator = new ContributionCalculator((municipality, date) -> OptionalInt.of(c.inhabitants()));
            InvoiceTotals totals = invoice(calculator.forYear(scheme, new Participation(BUYER, LocalDate.of(2020, 1, 1), null), 2026)).totals();

            BigDecimal exactNet = c.rate().multiply(BigDecimal.valueOf(c.inhabitants()));
            assertThat(totals.netTotal().amount().subtract(exactNet).abs()).isLessThanOrEqualTo(HALF_CENT);
            BigDecimal exactVat = totals.netTotal().amount().multiply(new BigDecimal("0.21"));
            assertThat(totals.vatTotal().amount().subtract(exactVat).abs()).isLessThanOrEqualTo(HALF_CENT);
            assertThat(totals.total()).isEqualTo(totals.netTotal().plus(totals.vatTotal()));
        });
    }

    record YearCase(FeeScheme scheme, int inhabitants) {
    }

    private static YearCase yearCase(Random random) {
        FeeScheme scheme = random.nextBoolean()
                ? perInhabitant(decimal(random, 2, 3).add(new BigDecimal("0.001")), MidYearPolicy.PRO_RATA_BY_MONTH)
                : flat(Money.cents(1 + random.nextInt(10_000_000)));
        return new YearCase(scheme, 1 + random.nextInt(1_000_000));
    }

    @Test
    void proRataSharesOfAYearAddUp() {
        check(RoundingPropertiesTest::yearCase, c -> {
            ContributionCalculator calculator = new ContributionCalculator((municipality, date) -> OptionalInt.of(c.inhabitants()));
            BigDecimal year = net(calculator, c.scheme(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)).amount();

            long oneMonthSharesCents = 0;
            Money previous = Money.ZERO;
            for (int month = 1; month <= 12; month++) {
                LocalDate firstOfMonth = LocalDate.of(2026, month, 1);
                LocalDate endOfMonth = firstOfMonth.plusMonths(1).minusDays(1);
                // Leaves at the end of this month; the successor takes part from the first of the next.
                Money leaver = net(calculator, c.scheme(), LocalDate.of(2025, 1, 1), endOfMonth);
                BigDecimal exactShare = year.multiply(BigDecimal.valueOf(month)).divide(BigDecimal.valueOf(12), 20, RoundingMode.HALF_EVEN);
                assertThat(leaver.amount().subtract(exactShare).abs()).as("%d months", month).isLessThanOrEqualTo(HALF_CENT);
                assertThat(leaver).as("more months never cost less").isGreaterThanOrEqualTo(previous);
                previous = leaver;
                if (month < 12) {
                    Money successor = net(calculator, c.scheme(), endOfMonth.plusDays(1), null);
                    assertThat(leaver.plus(successor).amount().subtract(year).abs()).as("split after month %d", month)
                            .isLessThanOrEqualTo(new BigDecimal("0.01"));
                } else {
                    assertThat(leaver.amount()).isEqualByComparingTo(year);
                }
                oneMonthSharesCents += net(calculator, c.scheme(), firstOfMonth, endOfMonth).inCents();
            }
            assertThat(Math.abs(oneMonthSharesCents - Money.roundedToCent(year).inCents())).isLessThanOrEqualTo(6);
        });
    }

    private static Money net(ContributionCalculator calculator, FeeScheme scheme, LocalDate from, LocalDate to) {
        return invoice(calculator.forYear(scheme, new Participation(BUYER, from, to), 2026)).totals().netTotal();
    }

    private static InvoiceDraft invoice(ContributionOutcome outcome) {
        assertThat(outcome).isInstanceOf(ContributionOutcome.Charged.class);
        return ((ContributionOutcome.Charged) outcome).invoice();
    }

    private static FeeScheme perInhabitant(BigDecimal rate, MidYearPolicy policy) {
        return new FeeScheme("generated", SELLER, SELLER, LocalDate.of(2020, 1, 1), null,
                new FeeBasis.PerInhabitant(rate, LocalDate.of(2022, 1, 1)), VatTreatment.STANDARD_21, policy);
    }

    private static FeeScheme flat(Money perYear) {
        return new FeeScheme("generated", SELLER, SELLER, LocalDate.of(2020, 1, 1), null,
                new FeeBasis.FlatPerMember(perYear), VatTreatment.OUTSIDE_SCOPE, MidYearPolicy.PRO_RATA_BY_MONTH);
    }
}
