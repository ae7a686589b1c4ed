package nl.municipalnetworks.finance.report;

import nl.municipalnetworks.commons.csv.ExcelCsv;
import nl.municipalnetworks.finance.accounts.AccountsDtos.AdoptionView;
import nl.municipalnetworks.finance.report.ReportDtos.AccountsLine;
import nl.municipalnetworks.finance.report.ReportDtos.ActualsLine;
import nl.municipalnetworks.finance.report.ReportDtos.AnnualAccounts;
import nl.municipalnetworks.finance.report.ReportDtos.BudgetActuals;
import nl.municipalnetworks.finance.report.ReportDtos.HalfYearLine;
import nl.municipalnetworks.finance.report.ReportDtos.HalfYearReport;
import nl.municipalnetworks.finance.report.ReportDtos.HalfYearSums;
import nl.municipalnetworks.finance.report.ReportDtos.Sums;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The reports as files for Excel in the Netherlands (service-commons' {@link ExcelCsv}: UTF-8 with a byte order mark,
 * semicolons, CRLF, amounts with a decimal comma): one row per line, then the totals as rows of their own, with the
 * codes TOTAL_INCOME, TOTAL_EXPENSES and RESULT.
 */
public final class ReportCsv {

    private ReportCsv() {
    }

    public static byte[] actuals(BudgetActuals report) {
        List<List<?>> rows = new ArrayList<>();
        for (ActualsLine l : report.lines()) {
            rows.add(Arrays.asList(l.code(), l.name(), l.kind(), l.budget(), l.actual(), l.awaitingApproval(), l.remaining()));
        }
        rows.add(total("TOTAL_INCOME", "Total income", report.income()));
        rows.add(total("TOTAL_EXPENSES", "Total expenses", report.expenses()));
        rows.add(total("RESULT", "Result (income - expenses)", report.result()));
        return ExcelCsv.write(List.of("code", "name", "kind", "budget", "actual", "awaiting_approval", "remaining"), rows);
    }

    public static byte[] halfYear(HalfYearReport report) {
        List<List<?>> rows = new ArrayList<>();
        for (HalfYearLine l : report.lines()) {
            rows.add(Arrays.asList(l.code(), l.name(), l.kind(), l.budget(), l.actualToJune30(), l.forecast(), l.difference()));
        }
        rows.add(total("TOTAL_INCOME", "Total income", report.income()));
        rows.add(total("TOTAL_EXPENSES", "Total expenses", report.expenses()));
        rows.add(total("RESULT", "Result (income - expenses)", report.result()));
        return ExcelCsv.write(List.of("code", "name", "kind", "budget", "actual_to_" + report.actualTo(), "forecast",
                "forecast_minus_budget"), rows);
    }

    /**
     * The annual accounts, after the header a row {@code ACCOUNTS_STATUS} that says whether the general assembly adopted
     * them ({@code ADOPTED} in the kind column, the day and meeting in the name) or they are a {@code DRAFT}, so that a
     * printed or forwarded file says which it is.
     */
    public static byte[] annualAccounts(AnnualAccounts report) {
        List<List<?>> rows = new ArrayList<>();
        AdoptionView adoption = report.adoption();
        rows.add(Arrays.asList("ACCOUNTS_STATUS", adoption == null
                ? "Draft: not adopted by the general assembly"
                : "Adopted by the general assembly on " + adoption.adoptedOn() + " (" + adoption.meeting().title() + ")",
                report.status(), null, null, null));
        for (AccountsLine l : report.income()) {
            rows.add(Arrays.asList(l.code(), l.name(), "INCOME", l.budget(), l.actual(), l.difference()));
        }
        rows.add(Arrays.asList("TOTAL_INCOME", "Total income", null, report.totalIncome().budget(),
                report.totalIncome().actual(), report.totalIncome().actual().subtract(report.totalIncome().budget())));
        for (AccountsLine l : report.expenses()) {
            rows.add(Arrays.asList(l.code(), l.name(), "EXPENSE", l.budget(), l.actual(), l.difference()));
        }
        rows.add(Arrays.asList("TOTAL_EXPENSES", "Total expenses", null, report.totalExpenses().budget(),
                report.totalExpenses().actual(), report.totalExpenses().actual().subtract(report.totalExpenses().budget())));
        rows.add(Arrays.asList("RESULT", "Result (income - expenses)", null, report.result().budget(),
                report.result().actual(), report.result().actual().subtract(report.result().budget())));
        return ExcelCsv.write(List.of("code", "name", "kind", "budget", "actual", "actual_minus_budget"), rows);
    }

    private static List<?> total(String code, String name, Sums sums) {
        return Arrays.asList(code, name, null, sums.budget(), sums.actual(), null, sums.budget().subtract(sums.actual()));
    }

    private static List<?> total(String code, String name, HalfYearSums sums) {
        return Arrays.asList(code, name, null, sums.budget(), sums.actualToJune30(), sums.forecast(),
                sums.forecast().subtract(sums.budget()));
    }
}
