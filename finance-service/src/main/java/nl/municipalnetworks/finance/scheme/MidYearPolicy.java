package nl.municipalnetworks.finance.scheme;

/**
 * What a payer owes for a year in which it takes part only part of the time (it joins or leaves during the
 * year, or its agreement starts or ends during it). Stated in each fee scheme's data, never decided in code.
 * The seeds do not say which policy M50 or Platform31 use; the scheme data chooses one.
 *
 * <p>A scheme whose own validity starts or ends within a year is a part of that year too, so the policy applies
 * to it as well: schemes that follow each other within one year (G40: EUR 0.13 until 28 February 2023, EUR 0.15
 * from 1 March 2023) need {@link #PRO_RATA_BY_MONTH}, so that their shares add up to the year.
 */
public enum MidYearPolicy {

    /**
     * Pay for each calendar month in which the payer takes part for at least one day, twelfths of the yearly
     * amount: joining on 15 March counts March to December, 10 months; leaving on 3 June counts January to June,
     * 6 months. A started month counts in full, so a member never takes part for free, and a month in which one
     * member leaves and its successor joins is paid by both.
     */
    PRO_RATA_BY_MONTH,

    /** Any day of taking part in a year means the whole year's amount. */
    FULL_YEAR,

    /** Only a whole year is charged: a year with any part missing costs nothing. */
    NONE;

    /** The months (of twelve) to charge for {@code period}; {@code 12} for a whole year under every policy. */
    public int monthsToCharge(ChargeablePeriod period) {
        if (period.coversWholeYear()) {
            return 12;
        }
        return switch (this) {
            case PRO_RATA_BY_MONTH -> period.monthsTouched();
            case FULL_YEAR -> 12;
            case NONE -> 0;
        };
    }
}
