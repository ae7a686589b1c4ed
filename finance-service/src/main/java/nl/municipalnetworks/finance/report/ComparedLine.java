package nl.municipalnetworks.finance.report;

import nl.municipalnetworks.finance.budget.LineKind;
import nl.municipalnetworks.finance.money.Money;

/**
 * One budget line next to what happened on it up to a date.
 *
 * @param budget           the amount in the budget the report uses (zero for a line only another version has)
 * @param actual           income: the contributions invoiced (excluding VAT, not credited) and the collector's own
 *                         contribution; expenses: the approved and paid bills (including VAT) dated up to the date
 * @param awaitingApproval bills dated up to the date that were received but not yet approved (not in actual)
 */
public record ComparedLine(String code, String name, LineKind kind, Money budget, Money actual, Money awaitingApproval) {

    /** What is left of the budget: budget minus actual (negative when it is overspent). */
    public Money remaining() {
        return budget.minus(actual);
    }

    /** The forecast for the year ({@link Forecast}). */
    public Money forecast() {
        return Forecast.forYear(budget, actual);
    }

    /** Actual minus budget: above zero, more income or more spent than budgeted. */
    public Money difference() {
        return actual.minus(budget);
    }
}
