package nl.municipalnetworks.finance.budget;

/** A budget line is income (baten: the contributions) or an expense (lasten: Platform31, lobby, secretariat...). */
public enum LineKind {
    INCOME,
    EXPENSE
}
