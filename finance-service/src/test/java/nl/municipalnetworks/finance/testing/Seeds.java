package nl.municipalnetworks.finance.testing;

import nl.municipalnetworks.commons.rules.NoticeRule;
import nl.municipalnetworks.finance.agreement.Agreement;
import nl.municipalnetworks.finance.agreement.Term;
import nl.municipalnetworks.finance.contribution.PopulationCounts;
import nl.municipalnetworks.finance.money.Money;
import nl.municipalnetworks.finance.money.VatTreatment;
import nl.municipalnetworks.finance.party.Party;
import nl.municipalnetworks.finance.scheme.FeeBasis;
import nl.municipalnetworks.finance.scheme.FeeScheme;
import nl.municipalnetworks.finance.scheme.MidYearPolicy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The parties, schemes and agreements of the seed documents (/work/shared/seeds), as the tests use them. Where a
 * seed is silent, the value is marked as an assumption.
 */
public final class Seeds {

    private Seeds() {
    }

    public static final Party PLATFORM31 = new Party("platform31", "Stichting Platform31");
    public static final Party DEVENTER = new Party("deventer", "Gemeente Deventer");
    public static final Party M50 = new Party("m50", "M50");
    public static final Party MEIERIJSTAD = new Party("meierijstad", "Gemeente Meierijstad");
    public static final Party LOCHEM = new Party("lochem", "Gemeente Lochem");

    /** Deventer on the CBS reference date 1 January 2022 (council note and samenwerkingsovereenkomst art. 3.1). */
    public static final int DEVENTER_INHABITANTS_2022 = 101_446;

    /**
     * G40 cities to Platform31 from 1 March 2023 to 31 December 2027: EUR 0.15 per inhabitant per year ex VAT,
     * CBS 1 January 2022, fixed for the whole term. Pro rata by month is this fixture's choice (the seeds are
     * silent); it lets the old and the new scheme share 2023.
     */
    public static final FeeScheme G40_2023 = new FeeScheme("G40 - Platform31 2023-2027", PLATFORM31, PLATFORM31,
            LocalDate.of(2023, 3, 1), LocalDate.of(2027, 12, 31),
            new FeeBasis.PerInhabitant(new BigDecimal("0.15"), LocalDate.of(2022, 1, 1)),
            VatTreatment.STANDARD_21, MidYearPolicy.PRO_RATA_BY_MONTH);

    /**
     * The covenant before: EUR 0.13 per inhabitant ("een verhoging met €0,02"), until 28 February 2023. Its start
     * (the 2018 covenant) and its reference date are assumptions: the seeds do not give them.
     */
    public static final FeeScheme G40_2018 = new FeeScheme("G40 - Platform31 2018-2023", PLATFORM31, PLATFORM31,
            LocalDate.of(2018, 1, 1), LocalDate.of(2023, 2, 28),
            new FeeBasis.PerInhabitant(new BigDecimal("0.13"), LocalDate.of(2018, 1, 1)),
            VatTreatment.STANDARD_21, MidYearPolicy.PRO_RATA_BY_MONTH);

    /**
     * M50 members: EUR 3,500 per year, collected by Meierijstad, outside the scope of VAT. A member for part of a
     * year pays the whole year: this fixture's choice (the seeds are silent).
     */
    public static final FeeScheme M50_FLAT = new FeeScheme("M50 member contribution", M50, MEIERIJSTAD,
            LocalDate.of(2019, 1, 1), null,
            new FeeBasis.FlatPerMember(Money.euros(3_500)),
            VatTreatment.OUTSIDE_SCOPE, MidYearPolicy.FULL_YEAR);

    /** Deventer's samenwerkingsovereenkomst with Platform31 of 10 January 2023. */
    public static Agreement deventerAgreement() {
        return Agreement.concluded("Samenwerkingsovereenkomst Deventer - Platform31 2023-2027", DEVENTER, PLATFORM31,
                new Term(LocalDate.of(2023, 3, 1), LocalDate.of(2027, 12, 31)), G40_2023,
                NoticeRule.BEFORE_SEPTEMBER_FROM_JANUARY);
    }

    /** The counts the seeds give: Deventer on 1 January 2022 (also assumed for the old scheme's reference date). */
    public static PopulationCounts seedPopulations() {
        Map<LocalDate, Integer> deventer = Map.of(
                LocalDate.of(2022, 1, 1), DEVENTER_INHABITANTS_2022,
                LocalDate.of(2018, 1, 1), DEVENTER_INHABITANTS_2022);
        return (municipality, referenceDate) -> municipality.equals(DEVENTER) && deventer.containsKey(referenceDate)
                ? OptionalInt.of(deventer.get(referenceDate))
                : OptionalInt.empty();
    }
}
