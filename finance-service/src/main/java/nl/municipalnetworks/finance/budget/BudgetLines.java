package nl.municipalnetworks.finance.budget;

import nl.municipalnetworks.finance.money.Money;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lines of one version of a budget, in their order, each code once; with the totals of income and expenses and
 * the result (income minus expenses) the general assembly sees.
 */
public record BudgetLines(List<BudgetLine> lines) {

    public static final int MAXIMUM_LINES = 100;

    public BudgetLines {
        lines = List.copyOf(lines);
        if (lines.size() > MAXIMUM_LINES) {
            throw new IllegalArgumentException("a budget has at most " + MAXIMUM_LINES + " lines");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Integer earlier = seen.putIfAbsent(lines.get(i).code(), i);
            if (earlier != null) {
                throw new DuplicateCode(i, "repeats the code " + lines.get(i).code() + " of line " + earlier);
            }
        }
    }

    public Optional<BudgetLine> line(String code) {
        return lines.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    public Money totalIncome() {
        return total(LineKind.INCOME);
    }

    public Money totalExpenses() {
        return total(LineKind.EXPENSE);
    }

    /** Income minus expenses: zero for a balanced budget, negative for a deficit. */
    public Money result() {
        return totalIncome().minus(totalExpenses());
    }

    private Money total(LineKind kind) {
        return lines.stream().filter(l -> l.kind() == kind).map(BudgetLine::amount).reduce(Money.ZERO, Money::plus);
    }

    /** A code that appears twice; {@code index} is the later line's (from 0). */
    public static final class DuplicateCode extends IllegalArgumentException {
        private final int index;

        public DuplicateCode(int index, String reason) {
            super(reason);
            this.index = index;
        }

        public int index() {
            return index;
        }
    }
}
