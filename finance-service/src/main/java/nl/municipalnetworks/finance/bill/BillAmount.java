package nl.municipalnetworks.finance.bill;

import nl.municipalnetworks.finance.money.Money;

/**
 * What a bill says it costs: the amount excluding VAT and including it, as printed on it; the VAT is the difference.
 * The network's budget and actuals count the amount including VAT: the members' contributions are outside the scope of
 * VAT, so the network makes no taxed supplies and cannot deduct the VAT it is charged, which is therefore a cost.
 */
public record BillAmount(Money exclVat, Money inclVat) {

    public static final Money MAXIMUM = Money.euros("99999999.99");

    public BillAmount {
        if (!exclVat.isPositive() || exclVat.compareTo(MAXIMUM) > 0) {
            throw new Invalid("amountExclVat", "must be from 0.01 to " + MAXIMUM.amount().toPlainString());
        }
        if (inclVat.compareTo(exclVat) < 0) {
            throw new Invalid("amountInclVat", "must not be less than amountExclVat " + exclVat.amount().toPlainString()
                    + ": VAT is never negative");
        }
        if (inclVat.compareTo(MAXIMUM) > 0) {
            throw new Invalid("amountInclVat", "must be at most " + MAXIMUM.amount().toPlainString());
        }
    }

    public Money vat() {
        return inclVat.minus(exclVat);
    }

    /** What counts against the budget: the amount including VAT. */
    public Money cost() {
        return inclVat;
    }

    /** A part of a bill's amount that breaks a rule, by its field. */
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
