package nl.municipalnetworks.finance.budget;

import nl.municipalnetworks.finance.money.Money;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * One line of a budget: a category by its code (the same in every version of the budget; bills are booked on it), its
 * name as the network writes it ("Kennispartner Platform31"), income or expense, and the amount budgeted for the year.
 *
 * <p>The contributions of the members are booked on the income line with the code {@link #CONTRIBUTIONS}: the
 * invoices of the network's own fee schemes and the collector's own contribution.
 */
public record BudgetLine(String code, String name, LineKind kind, Money amount) {

    /** The code of the income line the members' contributions are booked on. */
    public static final String CONTRIBUTIONS = "CONTRIBUTIONS";
    public static final String CODE_PATTERN = "[A-Z][A-Z0-9_]{1,39}";
    public static final String CODE_REASON = "must be a code of 2-40 capitals, digits and underscores, starting with a "
            + "capital, e.g. PLATFORM31";
    /** The largest amount of one line: far above any network's budget, well within the column. */
    public static final Money MAXIMUM = Money.euros("99999999.99");

    private static final Pattern CODE = Pattern.compile(CODE_PATTERN);

    public BudgetLine {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new Invalid("code", CODE_REASON);
        }
        if (name == null || name.isBlank()) {
            throw new Invalid("name", "is required");
        }
        if (name.length() > 200) {
            throw new Invalid("name", "must be at most 200 characters");
        }
        if (kind == null) {
            throw new Invalid("kind", "is required: INCOME or EXPENSE");
        }
        if (amount == null) {
            throw new Invalid("amount", "is required: the amount in euros for the year");
        }
        if (amount.isNegative() || amount.compareTo(MAXIMUM) > 0) {
            throw new Invalid("amount", "must be from 0.00 to " + MAXIMUM.amount().toPlainString());
        }
    }

    /** A line from an amount as given (a 400 on amount for more than two decimals rather than a rounding). */
    public static BudgetLine of(String code, String name, LineKind kind, BigDecimal amount) {
        Money money;
        try {
            money = amount == null ? null : new Money(amount);
        } catch (IllegalArgumentException e) {
            throw new Invalid("amount", "must be an amount in euros with at most two decimals");
        }
        return new BudgetLine(code, name, kind, money);
    }

    /** A part of a line that breaks a rule, by its field. */
    public static final class Invalid extends IllegalArgumentException {
        private final String field;

        public Invalid(String field, String reason) {
            super(reason);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
