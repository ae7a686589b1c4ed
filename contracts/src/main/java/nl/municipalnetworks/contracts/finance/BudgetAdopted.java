package nl.municipalnetworks.contracts.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A general assembly adopted a network's budget for a year (or an amendment of it): the version that counts from
 * now on, with its lines in euros as stored (two decimals). An amendment names the budget it replaces, which is
 * superseded. Keyed by the budget id.
 *
 * @param version        1 for the budget itself, 2 and up for amendments
 * @param amendsBudgetId the budget this amendment replaces, null for the first version
 * @param meetingName    the general assembly that decided (e.g. "ALV najaar 2025")
 * @param decidedBy      who decided, as recorded (the general assembly of the network)
 * @param lines          every line: income (contributions) and expenses per category
 */
public record BudgetAdopted(UUID budgetId, String network, int year, int version, UUID amendsBudgetId,
                            String meetingName, LocalDate meetingDate, String decidedBy,
                            BigDecimal totalIncome, BigDecimal totalExpenses, List<Line> lines) implements FinanceEvent {
    public static final String TYPE = "nl.municipalnetworks.finance.budget-adopted.v1";

    /**
     * One budget line.
     *
     * @param code the line's code, stable across versions (PLATFORM31); bills are booked on it
     * @param kind INCOME or EXPENSE
     */
    public record Line(String code, String name, String kind, BigDecimal amount) {
    }

    public BudgetAdopted {
        lines = List.copyOf(lines);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return budgetId.toString();
    }
}
