package nl.municipalnetworks.finance.report;

import nl.municipalnetworks.finance.accounts.AccountsDtos.AdoptionView;
import nl.municipalnetworks.finance.budget.BudgetStatus;
import nl.municipalnetworks.finance.budget.LineKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The reports' records. Income actuals are the contributions invoiced in the network's own fee schemes (excluding VAT,
 * credited invoices left out) plus the collector's own contribution; expense actuals are the approved and paid bills
 * (including VAT), by the bill's date.
 */
public final class ReportDtos {

    private ReportDtos() {
    }

    /** The budget version a report compares with: the adopted one, or (for those who read drafts) the newest. */
    public record BudgetRef(UUID id, int version, BudgetStatus status) {
    }

    /** A column's sums: budgeted and actual. */
    public record Sums(BigDecimal budget, BigDecimal actual) {
    }

    /** @param remaining budget minus actual */
    public record ActualsLine(String code, String name, LineKind kind, BigDecimal budget, BigDecimal actual,
                              BigDecimal awaitingApproval, BigDecimal remaining) {
    }

    /** Budget against actuals from 1 January to {@code on}, per line. */
    public record BudgetActuals(String network, int year, LocalDate on, BudgetRef budget, List<ActualsLine> lines,
                                Sums income, Sums expenses, Sums result) {
    }

    /** @param difference forecast minus budget */
    public record HalfYearLine(String code, String name, LineKind kind, BigDecimal budget, BigDecimal actualToJune30,
                               BigDecimal forecast, BigDecimal difference) {
    }

    public record HalfYearSums(BigDecimal budget, BigDecimal actualToJune30, BigDecimal forecast) {
    }

    /**
     * The half-year report (BERAP) to the board: budget, actual to 30 June and the forecast for the year per line.
     *
     * @param forecastRule how the forecast is made (one rule, {@link Forecast})
     */
    public record HalfYearReport(String network, int year, LocalDate actualTo, BudgetRef budget, String forecastRule,
                                 List<HalfYearLine> lines, HalfYearSums income, HalfYearSums expenses, HalfYearSums result) {
    }

    /** @param difference actual minus budget */
    public record AccountsLine(String code, String name, BigDecimal budget, BigDecimal actual, BigDecimal difference) {
    }

    /** Whether the general assembly adopted the annual accounts of a year (its books closed) or they are a draft. */
    public enum AccountsStatus {
        DRAFT,
        ADOPTED
    }

    /**
     * The annual accounts: income and expenses per category for the year, against the budget, and the result.
     *
     * @param complete false while the year has not ended (the figures are those up to today's books)
     * @param status   ADOPTED once the general assembly adopted them, which closed the year's books; DRAFT until then
     * @param adoption when, at which meeting and by which decision they were adopted; null while a draft
     */
    public record AnnualAccounts(String network, int year, boolean complete, AccountsStatus status, AdoptionView adoption,
                                 BudgetRef budget, List<AccountsLine> income, List<AccountsLine> expenses,
                                 Sums totalIncome, Sums totalExpenses, Sums result) {
    }
}
