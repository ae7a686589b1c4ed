package nl.municipalnetworks.finance.contribution;

import nl.municipalnetworks.finance.agreement.AgreedSurplus;
import nl.municipalnetworks.finance.agreement.Agreement;
import nl.municipalnetworks.finance.agreement.Notice;
import nl.municipalnetworks.finance.contribution.ContributionOutcome.Charged;
import nl.municipalnetworks.finance.contribution.ContributionOutcome.MissingPopulation;
import nl.municipalnetworks.finance.contribution.ContributionOutcome.NothingDue;
import nl.municipalnetworks.finance.contribution.ContributionOutcome.OwnContribution;
import nl.municipalnetworks.finance.contribution.ContributionOutcome.SurplusExceedsContribution;
import nl.municipalnetworks.finance.invoice.InvoiceDraft;
import nl.municipalnetworks.finance.invoice.InvoiceLine;
import nl.municipalnetworks.finance.invoice.InvoiceTotals;
import nl.municipalnetworks.finance.invoice.QuantityUnit;
import nl.municipalnetworks.finance.money.Money;
import nl.municipalnetworks.finance.money.VatCategory;
import nl.municipalnetworks.finance.party.Party;
import nl.municipalnetworks.finance.scheme.FeeBasis;
import nl.municipalnetworks.finance.scheme.FeeScheme;
import nl.municipalnetworks.finance.scheme.MidYearPolicy;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

import static nl.municipalnetworks.finance.testing.Seeds.DEVENTER;
import static nl.municipalnetworks.finance.testing.Seeds.DEVENTER_INHABITANTS_2022;
import static nl.municipalnetworks.finance.testing.Seeds.G40_2018;
import static nl.municipalnetworks.finance.testing.Seeds.G40_2023;
import static nl.municipalnetworks.finance.testing.Seeds.LOCHEM;
import static nl.municipalnetworks.finance.testing.Seeds.M50_FLAT;
import static nl.municipalnetworks.finance.testing.Seeds.MEIERIJSTAD;
import static nl.municipalnetworks.finance.testing.Seeds.PLATFORM31;
import static nl.municipalnetworks.finance.testing.Seeds.deventerAgreement;
import static nl.municipalnetworks.finance.testing.Seeds.seedPopulations;
import static org.assertj.core.api.Assertions.assertThat;

class ContributionCalculatorTest {

    private final ContributionCalculator calculator = new ContributionCalculator(seedPopulations());

    private static InvoiceDraft charged(ContributionOutcome outcome) {
        assertThat(outcome).isInstanceOf(Charged.class);
        return ((Charged) outcome).invoice();
    }

    @Test
    void deventerPaysPlatform31ExactlyWhatTheAgreementSays() {
        // Samenwerkingsovereenkomst art. 3.1: EUR 0.15 ex VAT x 101,446 (CBS 1 January 2022) = EUR 15,216.90 a year.
        InvoiceDraft invoice = charged(calculator.forYear(deventerAgreement(), 2025));
        InvoiceTotals totals = invoice.totals();

        assertThat(invoice.seller()).isEqualTo(PLATFORM31);
        assertThat(invoice.buyer()).isEqualTo(DEVENTER);
        InvoiceLine line = invoice.lines().get(0);
        assertThat(invoice.lines()).hasSize(1);
        assertThat(line.quantity()).isEqualByComparingTo("101446");
        assertThat(line.unit()).isEqualTo(QuantityUnit.INHABITANT);
        assertThat(line.unitPrice()).isEqualByComparingTo("0.15");
        assertThat(line.description()).contains("101446 inhabitants (CBS, 2022-01-01) x EUR 0.15");
        assertThat(totals.netTotal()).isEqualTo(Money.euros("15216.90"));
        assertThat(totals.vatTotal()).isEqualTo(Money.euros("3195.55"));
        assertThat(totals.total()).isEqualTo(Money.euros("18412.45"));
    }

    @Test
    void theReferenceDateIsFixedForTheWholeTerm() {
        // A newer CBS count exists, but "tot 2028 wordt de contributie niet verhoogd".
        ContributionCalculator withNewerCounts = new ContributionCalculator((municipality, referenceDate) ->
                referenceDate.equals(LocalDate.of(2022, 1, 1)) ? OptionalInt.of(DEVENTER_INHABITANTS_2022) : OptionalInt.of(104_000));
        for (int year = 2024; year <= 2027; year++) {
            assertThat(charged(withNewerCounts.forYear(deventerAgreement(), year)).totals().netTotal())
                    .as("contribution %d", year).isEqualTo(Money.euros("15216.90"));
        }
    }

    @Test
    void theFirstYearCountsTheMonthsFromMarch() {
        // The agreement starts on 1 March 2023; pro rata by month: March to December, 10/12 of 15,216.90.
        InvoiceDraft invoice = charged(calculator.forYear(deventerAgreement(), 2023));
        assertThat(invoice.lines().get(0).quantity()).isEqualByComparingTo("10");
        assertThat(invoice.lines().get(0).unit()).isEqualTo(QuantityUnit.MONTH);
        assertThat(invoice.totals().netTotal()).isEqualTo(Money.euros("12680.75"));
        assertThat(invoice.totals().vatTotal()).isEqualTo(Money.euros("2662.96")); // 2,662.9575
        assertThat(invoice.totals().total()).isEqualTo(Money.euros("15343.71"));
    }

    @Test
    void theOldRateCoversJanuaryAndFebruary2023() {
        Participation alwaysInTheG40 = new Participation(DEVENTER, LocalDate.of(2010, 1, 1), null);
        InvoiceDraft old = charged(calculator.forYear(G40_2018, alwaysInTheG40, 2023));
        // 101,446 x 0.13 = 13,187.98 a year; 2 of 12 months = 2,197.996... -> 2,198.00
        assertThat(old.lines().get(0).unitPrice()).isEqualByComparingTo("13187.98");
        assertThat(old.totals().netTotal()).isEqualTo(Money.euros("2198.00"));

        // The council note: "Daarmee komt de bijdrage aan P31 op € 15.217. Dit is een verhoging van € 2.029".
        InvoiceDraft fullYearOld = charged(calculator.forYear(G40_2018, alwaysInTheG40, 2022));
        Money increase = charged(calculator.forYear(deventerAgreement(), 2024)).totals().netTotal().minus(fullYearOld.totals().netTotal());
        assertThat(fullYearOld.totals().netTotal()).isEqualTo(Money.euros("13187.98"));
        assertThat(increase).isEqualTo(Money.euros("2028.92"));
    }

    @Test
    void anM50MemberPaysTheFlatContributionToMeierijstadWithoutVat() {
        // "Vanuit de ledenbijdrage (€3.500,- per jaar)"; "Jaarlijks innen van de contributies M50 door Meierijstad".
        InvoiceDraft invoice = charged(calculator.forYear(M50_FLAT, new Participation(LOCHEM, LocalDate.of(2019, 1, 1), null), 2025));
        assertThat(invoice.seller()).isEqualTo(MEIERIJSTAD);
        assertThat(invoice.buyer()).isEqualTo(LOCHEM);
        assertThat(invoice.lines()).singleElement().satisfies(line -> {
            assertThat(line.quantity()).isEqualByComparingTo("1");
            assertThat(line.vat().category()).isEqualTo(VatCategory.OUTSIDE_SCOPE);
        });
        assertThat(invoice.totals().netTotal()).isEqualTo(Money.euros("3500.00"));
        assertThat(invoice.totals().vatTotal()).isEqualTo(Money.ZERO);
        assertThat(invoice.totals().total()).isEqualTo(Money.euros("3500.00"));
    }

    @Test
    void meierijstadsOwnContributionIsBookedNotInvoicedToItself() {
        ContributionOutcome outcome = calculator.forYear(M50_FLAT, new Participation(MEIERIJSTAD, LocalDate.of(2019, 1, 1), null), 2025);
        assertThat(outcome).isInstanceOfSatisfying(OwnContribution.class,
                own -> assertThat(own.totals().total()).isEqualTo(Money.euros("3500.00")));
        // The member goes by its own name; the collector is the same legal party under another.
        Party member = new Party(MEIERIJSTAD.id(), "Meierijstad");
        assertThat(calculator.forYear(M50_FLAT, new Participation(member, LocalDate.of(2019, 1, 1), null), 2025))
                .isInstanceOf(OwnContribution.class);
    }

    @Test
    void theSchemesPolicyDecidesAPartYear() {
        Participation joinsInOctober = new Participation(LOCHEM, LocalDate.of(2025, 10, 15), null);
        assertThat(charged(calculator.forYear(M50_FLAT, joinsInOctober, 2025)).totals().total()).isEqualTo(Money.euros("3500.00"));

        FeeScheme proRata = withPolicy(M50_FLAT, MidYearPolicy.PRO_RATA_BY_MONTH);
        // October, November, December: 3 x 3,500 / 12 = 875.00
        assertThat(charged(calculator.forYear(proRata, joinsInOctober, 2025)).totals().total()).isEqualTo(Money.euros("875.00"));

        FeeScheme none = withPolicy(M50_FLAT, MidYearPolicy.NONE);
        assertThat(calculator.forYear(none, joinsInOctober, 2025)).isInstanceOfSatisfying(NothingDue.class,
                nothing -> assertThat(nothing.reason()).contains("2025-10-15"));
        assertThat(charged(calculator.forYear(none, joinsInOctober, 2026)).totals().total()).isEqualTo(Money.euros("3500.00"));
    }

    @Test
    void aMissingPopulationCountIsReportedWithThePayerNeverAZeroInvoice() {
        ContributionCalculator withoutCounts = new ContributionCalculator((municipality, referenceDate) -> OptionalInt.empty());
        ContributionOutcome outcome = withoutCounts.forYear(deventerAgreement(), 2025);
        assertThat(outcome).isInstanceOfSatisfying(MissingPopulation.class, missing -> {
            assertThat(missing.payer()).isEqualTo(DEVENTER);
            assertThat(missing.referenceDate()).isEqualTo("2022-01-01");
            assertThat(missing.reason()).isEqualTo("no CBS population count of Gemeente Deventer on 2022-01-01: the contribution for 2025 cannot be computed");
        });

        ContributionCalculator withZero = new ContributionCalculator((municipality, referenceDate) -> OptionalInt.of(0));
        assertThat(withZero.forYear(deventerAgreement(), 2025)).isInstanceOf(MissingPopulation.class);
    }

    @Test
    void nothingIsDueBeforeOrAfterTheAgreement() {
        assertThat(calculator.forYear(deventerAgreement(), 2022)).isInstanceOf(NothingDue.class);
        assertThat(calculator.forYear(deventerAgreement(), 2028)).isInstanceOf(NothingDue.class);

        Agreement terminated = deventerAgreement().withNotice(new Notice(DEVENTER, LocalDate.of(2025, 8, 31)));
        assertThat(charged(calculator.forYear(terminated, 2025)).totals().netTotal()).isEqualTo(Money.euros("15216.90"));
        assertThat(calculator.forYear(terminated, 2026)).isInstanceOfSatisfying(NothingDue.class,
                nothing -> assertThat(nothing.payer()).isEqualTo(DEVENTER));
    }

    @Test
    void theAgreedSurplusIsSettledOnTheLastYearsInvoice() {
        Agreement agreement = deventerAgreement().withAgreedSurplus(
                new AgreedSurplus(Money.euros("1000.00"), LocalDate.of(2027, 6, 15), LocalDate.of(2027, 6, 20)));

        assertThat(charged(calculator.forYear(agreement, 2026)).totals().total()).isEqualTo(Money.euros("18412.45"));

        InvoiceDraft last = charged(calculator.forYear(agreement, 2027));
        assertThat(last.lines()).hasSize(2);
        assertThat(last.lines().get(1).netAmount()).isEqualTo(Money.euros("-1000.00"));
        // 15,216.90 - 1,000.00 = 14,216.90; VAT 21 % on the reduced amount: 2,985.549 -> 2,985.55
        assertThat(last.totals().netTotal()).isEqualTo(Money.euros("14216.90"));
        assertThat(last.totals().vatTotal()).isEqualTo(Money.euros("2985.55"));
        assertThat(last.totals().total()).isEqualTo(Money.euros("17202.45"));
    }

    @Test
    void aSurplusLargerThanTheLastContributionIsReportedNotInvoicedNegative() {
        Agreement agreement = deventerAgreement().withAgreedSurplus(
                new AgreedSurplus(Money.euros("15216.91"), LocalDate.of(2027, 6, 15), LocalDate.of(2027, 6, 20)));
        assertThat(calculator.forYear(agreement, 2027)).isInstanceOfSatisfying(SurplusExceedsContribution.class, exceeds -> {
            assertThat(exceeds.payer()).isEqualTo(DEVENTER);
            assertThat(exceeds.contribution()).isEqualTo(Money.euros("15216.90"));
        });

        Agreement exactlyAll = deventerAgreement().withAgreedSurplus(
                new AgreedSurplus(Money.euros("15216.90"), LocalDate.of(2027, 6, 15), LocalDate.of(2027, 6, 20)));
        assertThat(charged(calculator.forYear(exactlyAll, 2027)).totals().total()).isEqualTo(Money.ZERO);
    }

    /** A fictitious herindeling of Deventer into a successor on 1 July 2026, to see the agreement move. */
    private static final Party SALLAND = new Party("salland", "Gemeente Salland");

    @Test
    void aMergerMovesTheAgreementToTheSuccessorFromTheMergerDateOnTheMergedCount() {
        List<ContributionOutcome> year = calculator.forYear(deventerAgreement(), SALLAND, LocalDate.of(2026, 7, 1), 2026);

        assertThat(year).hasSize(2);
        InvoiceDraft deventer = charged(year.get(0));
        InvoiceDraft salland = charged(year.get(1));
        assertThat(deventer.buyer()).isEqualTo(DEVENTER);
        assertThat(salland.buyer()).isEqualTo(SALLAND);
        // PRO_RATA_BY_MONTH: January-June and July-December, each 6 of 12 months of 15,216.90 = 7,608.45
        assertThat(deventer.totals().netTotal()).isEqualTo(Money.euros("7608.45"));
        assertThat(salland.totals().netTotal()).isEqualTo(Money.euros("7608.45"));
        assertThat(salland.lines().get(0).description()).contains("101446 inhabitants of Gemeente Deventer, merged into Gemeente Salland");
        assertThat(deventer.totals().netTotal().plus(salland.totals().netTotal())).isEqualTo(Money.euros("15216.90"));

        List<ContributionOutcome> after = calculator.forYear(deventerAgreement(), SALLAND, LocalDate.of(2026, 7, 1), 2027);
        assertThat(after).hasSize(1);
        assertThat(charged(after.get(0)).buyer()).isEqualTo(SALLAND);
        assertThat(charged(after.get(0)).totals().total()).isEqualTo(Money.euros("18412.45"));

        List<ContributionOutcome> before = calculator.forYear(deventerAgreement(), SALLAND, LocalDate.of(2026, 7, 1), 2025);
        assertThat(before).hasSize(1);
        assertThat(charged(before.get(0)).buyer()).isEqualTo(DEVENTER);
    }

    @Test
    void aMergerAfterTheAgreementEndedOrBeforeItBeganLeavesOnePayer() {
        assertThat(calculator.forYear(deventerAgreement(), SALLAND, LocalDate.of(2028, 1, 1), 2027))
                .singleElement().satisfies(outcome -> assertThat(charged(outcome).buyer()).isEqualTo(DEVENTER));
        assertThat(calculator.forYear(deventerAgreement(), SALLAND, LocalDate.of(2028, 1, 1), 2028))
                .singleElement().isInstanceOf(NothingDue.class);
        assertThat(calculator.forYear(deventerAgreement(), SALLAND, LocalDate.of(2020, 1, 1), 2023))
                .singleElement().satisfies(outcome -> assertThat(charged(outcome).buyer()).isEqualTo(SALLAND));
    }

    @Test
    void theAgreedSurplusIsSettledAgainstTheSuccessorsLastYear() {
        Agreement agreement = deventerAgreement().withAgreedSurplus(
                new AgreedSurplus(Money.euros("1000.00"), LocalDate.of(2027, 6, 15), LocalDate.of(2027, 6, 20)));
        List<ContributionOutcome> last = calculator.forYear(agreement, SALLAND, LocalDate.of(2027, 7, 1), 2027);

        assertThat(charged(last.get(0)).lines()).hasSize(1);
        InvoiceDraft salland = charged(last.get(1));
        assertThat(salland.lines()).hasSize(2);
        assertThat(salland.totals().netTotal()).isEqualTo(Money.euros("6608.45"));
    }

    private static FeeScheme withPolicy(FeeScheme scheme, MidYearPolicy policy) {
        return new FeeScheme(scheme.name(), scheme.payee(), scheme.collector(), scheme.validFrom(), scheme.validTo(),
                scheme.basis(), scheme.vat(), policy);
    }

    @Test
    void perInhabitantYearlyAmountIsRoundedOnce() {
        assertThat(((FeeBasis.PerInhabitant) G40_2023.basis()).perYear(DEVENTER_INHABITANTS_2022))
                .isEqualTo(Money.euros("15216.90"));
        assertThat(new FeeBasis.PerInhabitant(new BigDecimal("0.125"), LocalDate.of(2022, 1, 1)).perYear(3))
                .isEqualTo(Money.euros("0.38")); // 0.375
    }
}
