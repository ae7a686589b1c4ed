package nl.municipalnetworks.finance.report;

import nl.municipalnetworks.finance.money.Money;

/**
 * The forecast for the whole year of one budget line in the half-year report (BERAP), in one place:
 * <b>the larger of the budget and the actual so far</b>, which is the actual plus what is left of the budget
 * ({@code actual + max(0, budget - actual)}).
 *
 * <p>Why: a network's money moves in lumps, not evenly over the year. Platform31's EUR 50,000 is one bill, the
 * contributions are invoiced in one run, the general assemblies fall in spring and autumn. Extrapolating the first
 * half (actual x 2, or pro rata by day) would forecast EUR 100,000 for Platform31 when its bill came in January, and
 * nothing for a line whose bill comes in October. So the plan is taken to hold for what has not happened yet, and
 * what has happened counts in full: an overspend (or extra income) so far shows in the forecast at once, an
 * underspend is not assumed before it has happened. Where the board knows better (a member that left, a meeting
 * cancelled), it says so in the report's text; the figures stay reproducible from the books.
 */
public final class Forecast {

    /** The rule in words, as the report states it. */
    public static final String RULE = "forecast = the larger of the budget and the actual to date "
            + "(the actual plus what is left of the budget)";

    private Forecast() {
    }

    public static Money forYear(Money budget, Money actualToDate) {
        return actualToDate.compareTo(budget) > 0 ? actualToDate : budget;
    }
}
