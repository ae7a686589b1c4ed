package nl.municipalnetworks.finance.report;

import nl.municipalnetworks.finance.budget.BudgetLine;
import nl.municipalnetworks.finance.budget.BudgetLines;
import nl.municipalnetworks.finance.budget.LineKind;
import nl.municipalnetworks.finance.money.Money;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A budget next to its actuals, line by line: every line of the budget in its order, then every code with actuals
 * that this version has no line for (a line another version has, or the contributions without a CONTRIBUTIONS line),
 * with a budget of zero, so that nothing spent or received is left out of the totals.
 */
public record Comparison(List<ComparedLine> lines) {

    public Comparison {
        lines = List.copyOf(lines);
    }

    /**
     * @param budget     the lines of the budget the report uses
     * @param elsewhere  how other versions name a code (for actuals on a line this version lacks)
     * @param actual     per code: income received or expenses approved and paid
     * @param awaiting   per code: bills received, not yet approved
     */
    public static Comparison of(BudgetLines budget, Map<String, BudgetLine> elsewhere, Map<String, Money> actual,
                                Map<String, Money> awaiting) {
        List<ComparedLine> lines = new ArrayList<>();
        for (BudgetLine line : budget.lines()) {
            lines.add(new ComparedLine(line.code(), line.name(), line.kind(), line.amount(),
                    actual.getOrDefault(line.code(), Money.ZERO), awaiting.getOrDefault(line.code(), Money.ZERO)));
        }
        TreeSet<String> extra = new TreeSet<>(actual.keySet());
        extra.addAll(awaiting.keySet());
        for (String code : extra) {
            if (budget.line(code).isPresent()) {
                continue;
            }
            Money a = actual.getOrDefault(code, Money.ZERO);
            Money w = awaiting.getOrDefault(code, Money.ZERO);
            if (a.isZero() && w.isZero()) {
                continue;
            }
            BudgetLine named = elsewhere.get(code);
            lines.add(named != null
                    ? new ComparedLine(code, named.name(), named.kind(), Money.ZERO, a, w)
                    : new ComparedLine(code, code.equals(BudgetLine.CONTRIBUTIONS) ? "Contributions" : code,
                    code.equals(BudgetLine.CONTRIBUTIONS) ? LineKind.INCOME : LineKind.EXPENSE, Money.ZERO, a, w));
        }
        return new Comparison(lines);
    }

    public List<ComparedLine> of(LineKind kind) {
        return lines.stream().filter(l -> l.kind() == kind).toList();
    }

    public Money total(LineKind kind, Function<ComparedLine, Money> column) {
        return of(kind).stream().map(column).reduce(Money.ZERO, Money::plus);
    }

    /** Income minus expenses in a column (budget, actual, forecast): negative for a deficit. */
    public Money result(Function<ComparedLine, Money> column) {
        return total(LineKind.INCOME, column).minus(total(LineKind.EXPENSE, column));
    }
}
