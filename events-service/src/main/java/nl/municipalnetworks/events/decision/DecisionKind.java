package nl.municipalnetworks.events.decision;

/** What a general assembly decided; finance-service adopts the budget (BUDGET_ADOPTED) or the annual accounts (ANNUAL_ACCOUNTS_ADOPTED) it names. */
public enum DecisionKind {
    BUDGET_ADOPTED,
    ANNUAL_ACCOUNTS_ADOPTED,
    OTHER
}
